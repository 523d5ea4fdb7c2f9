package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.Stage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A tenant in PostgreSQL with the measured pipeline (10 stages × 500 cards with labels, members, salespeople and
 * values, created through the library) and other pipelines whose cards bring the tenant to {@code tenantCards}.
 * Those other cards are only volume the board must not read; they are inserted by SQL, as no benchmark reads
 * them.
 */
@State(Scope.Benchmark)
public class PostgresBoard {

    /** Cards the tenant holds over all its pipelines. */
    @Param({"10000", "1000000"})
    public int tenantCards;

    Postgres postgres;
    Crm crm;
    DataSource dataSource;
    PipelineId measured;
    List<UUID> stages;

    /** Starts the database and loads the tenant unless an earlier fork did. */
    @Setup(Level.Trial)
    public void start() throws SQLException {
        postgres = Postgres.start("board-" + tenantCards);
        dataSource = postgres.dataSource();
        crm = postgres.crm();
        String name = "board-" + tenantCards + "-v1";
        if (!postgres.loaded(name)) {
            load();
            postgres.markLoaded(name);
        }
        Pipeline pipeline = as(1).pipelines().list().stream().filter(p -> p.name().equals("Measured")).findFirst().orElseThrow();
        measured = pipeline.id();
        stages = pipeline.stages().stream().map(s -> s.id().value()).toList();
    }


    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }

    private void load() throws SQLException {
        crm.tenants().create(new CreateTenant(Dataset.tenant(0), "Board tenant", ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", Dataset.user(0), "Admin"));
        CrmSession admin = as(0);
        List<UserId> users = new ArrayList<>();
        for (int u = 1; u <= 10; u++) {
            admin.users().create(new CreateUser(Dataset.user(u), "User " + u, null, AccessScope.ALL, false));
            users.add(Dataset.user(u));
        }
        Pipeline pipeline = pipeline(admin, "Measured", users);
        List<LabelId> labels = pipeline.labels().stream().map(Label::id).toList();
        SplittableRandom random = new SplittableRandom(7);
        for (int c = 0; c < 5_000; c++) {
            admin.cards().create(new CreateCard(pipeline.id(), pipeline.stages().get(c % 10).id(), "Card " + c, null,
                    Set.of(labels.get(random.nextInt(3))), Set.of(users.get(random.nextInt(users.size()))),
                    users.get(random.nextInt(users.size())), random.nextInt(4) == 0 ? null
                            : Money.of(String.valueOf(random.nextInt(100_000)), random.nextBoolean() ? "BRL" : "USD"),
                    null, null));
        }
        int others = Math.max(0, tenantCards - 5_000);
        int perPipeline = 20_000;
        for (int p = 0; p * perPipeline < others; p++) {
            Pipeline other = pipeline(admin, "Other " + p, users);
            fill(other, Math.min(perPipeline, others - p * perPipeline));
        }
    }

    private static Pipeline pipeline(CrmSession admin, String name, List<UserId> users) {
        List<NewStage> stages = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            stages.add(new NewStage("Stage " + s, "#336699", s % 3 == 0 ? 0 : 7));
        }
        Pipeline pipeline = admin.pipelines().create(new CreatePipeline(name, "#1F6FEB", stages, Set.copyOf(users),
                PipelineSettings.DEFAULT));
        for (String label : List.of("Quente", "Frio", "VIP")) {
            admin.pipelines().addLabel(new AddLabel(pipeline.id(), label, "#AA0000"));
            pipeline = admin.pipelines().get(pipeline.id());
        }
        return pipeline;
    }

    /** Volume only: open cards spread over the pipeline's stages, in one statement. */
    private void fill(Pipeline pipeline, int count) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into crm_card (tenant_id, id, pipeline_id, stage_id, position,"
                        + " name, comments, comment_count, attachments, attachment_count, archived, is_open, created_by,"
                        + " created_at, updated_at, version)"
                        + " select ?, gen_random_uuid(), ?, (?::uuid[])[1 + i % 10], lpad(i::text, 12, '0'), 'Card ' || i, '[]',"
                        + " 0, '[]', 0, false, true, 'user-0', now(), now(), 1 from generate_series(1, ?) i")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setObject(2, pipeline.id().value());
            s.setArray(3, c.createArrayOf("uuid", pipeline.stages().stream().map(Stage::id).map(id -> id.value()).toArray()));
            s.setInt(4, count);
            s.executeUpdate();
        }
    }

    /** Cards the card-write benchmarks update and comment on, in the writes pipeline. */
    static final int WRITE_CARDS = 200;

    /**
     * The pipeline the card-write benchmarks change, beside the measured one (whose board must stay as loaded): ten
     * stages, a label, and {@link #WRITE_CARDS} cards made by the library, each with the label, a member, a salesperson
     * and a value. Made by the first benchmark that asks, in this database, and kept.
     *
     * @param pipeline the pipeline
     * @param stages its stages
     * @param label its label
     * @param cards its cards, by name
     */
    record Writes(PipelineId pipeline, List<StageId> stages, LabelId label, List<CardId> cards) {}

    Writes writes() throws SQLException {
        String name = "writes-v1";
        CrmSession admin = as(0);
        if (!postgres.loaded(name)) {
            Pipeline pipeline = pipeline(admin, "Writes", IntStream.rangeClosed(1, 10).mapToObj(Dataset::user).toList());
            for (int c = 0; c < WRITE_CARDS; c++) {
                admin.cards().create(new CreateCard(pipeline.id(), pipeline.stages().get(c % 5).id(), String.format(Locale.ROOT,
                        "Writes card %03d", c), null, Set.of(pipeline.labels().get(0).id()), Set.of(Dataset.user(1 + c % 10)),
                        Dataset.user(1), Money.of("1000", "BRL"), null, null));
            }
            postgres.mark(name);
        }
        Pipeline pipeline = admin.pipelines().list().stream().filter(p -> p.name().equals("Writes")).findFirst().orElseThrow();
        List<CardId> cards = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id from crm_card where tenant_id = ? and pipeline_id = ?"
                        + " and name like 'Writes card %' order by name")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setObject(2, pipeline.id().value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    cards.add(new CardId(rs.getObject(1, UUID.class)));
                }
            }
        }
        if (cards.size() != WRITE_CARDS) {
            throw new IllegalStateException("the writes pipeline holds " + cards.size() + " of its cards");
        }
        return new Writes(pipeline.id(), pipeline.stages().stream().map(Stage::id).toList(), pipeline.labels().get(0).id(),
                List.copyOf(cards));
    }

    /** Deletes cards a benchmark created, with their labels, members and history, so the next trial starts alike. */
    void deleteCards(Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("crm_card_label", "crm_card_member", "crm_pipeline_history")) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where tenant_id = ? and card_id = any (?)")) {
                    s.setString(1, Dataset.tenant(0).value());
                    s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("delete from crm_card where tenant_id = ? and id = any (?)")) {
                s.setString(1, Dataset.tenant(0).value());
                s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                s.executeUpdate();
            }
        }
    }

    /** The measured pipeline's row count, to check the load. */
    long measuredCards() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from crm_card where tenant_id = ? and pipeline_id = ?")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setObject(2, measured.value());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
