package dev.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.common.Money;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventDelivery;
import dev.crmkit.io.CrmJson;
import dev.crmkit.jpa.JpaCrmStore;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.UpdateCard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each JDBC baseline writes exactly the rows the library writes for the same command, so no baseline can do less
 * than the library and look faster for it: two tenants are set up alike through the library, the library acts in one
 * and the baseline in the other, and every row either wrote, changed or deleted in any {@code crm_} table must be the
 * same once ids, instants and the tenant's own id are blotted out. The events stay in the outbox for the comparison
 * (the library delivers manually here); the baseline's relay then delivers both tenants' events, which must be alike
 * too. On the embedded PostgreSQL, in a cluster of its own.
 */
class BaselineRowsTest {

    private static final TenantId LIBRARY = TenantId.of("rows-library");
    private static final TenantId BASELINE = TenantId.of("rows-baseline");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private static Postgres postgres;
    private static Crm crm;
    private static final Map<TenantId, Fixture> FIXTURES = new HashMap<>();
    private final JdbcCards cards = new JdbcCards();
    private final JdbcAgenda agenda = new JdbcAgenda();
    private final JdbcAccounts accounts = new JdbcAccounts();
    private final JdbcRelay relay = new JdbcRelay();
    private final CrmJson json = new CrmJson();

    /** What a tenant was set up with. */
    private record Fixture(Pipeline pipeline, Card updated, Card commented, Card moved, Account account, AgendaEntry entry) {}

    @BeforeAll
    static void start() {
        postgres = Postgres.start("baseline-rows", true);
        crm = Crm.builder().store(JpaCrmStore.fromDataSource(postgres.dataSource())).eventDelivery(EventDelivery.MANUAL).build();
        for (TenantId tenant : List.of(LIBRARY, BASELINE)) {
            FIXTURES.put(tenant, setUp(tenant));
        }
        crm.relayEvents();
    }

    @AfterAll
    static void stop() {
        crm.close();
        postgres.close();
    }

    /** The same tenant every time: users, a pipeline with a label and three cards, an account with an agenda entry. */
    private static Fixture setUp(TenantId tenant) {
        crm.tenants().create(new CreateTenant(tenant, "Rows", ZoneId.of("America/Sao_Paulo"), Locale.forLanguageTag("pt-BR"),
                "Parceiro", Dataset.user(0), "Admin"));
        CrmSession admin = crm.as(Actor.of(tenant, Dataset.user(0)));
        for (int u = 1; u < Dataset.FULL.usersPerTenant(); u++) {
            admin.users().create(new CreateUser(Dataset.user(u), "User " + u, null, AccessScope.ALL, false));
        }
        List<NewStage> stages = IntStream.range(0, 3).mapToObj(s -> new NewStage("Stage " + s, "#336699", 7)).toList();
        Pipeline pipeline = admin.pipelines().create(new CreatePipeline("Writes", "#1F6FEB", stages,
                Set.of(Dataset.user(1), Dataset.user(2), Dataset.user(3)), PipelineSettings.DEFAULT));
        admin.pipelines().addLabel(new AddLabel(pipeline.id(), "Quente", "#AA0000"));
        pipeline = admin.pipelines().get(pipeline.id());
        List<Card> made = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            made.add(admin.cards().create(card(pipeline, c, "Card " + c)));
        }
        Account account = admin.accounts().create(Dataset.FULL.account(0, 1)).account();
        AgendaEntry entry = admin.agenda().create(CreateAgendaEntry.about(account.id(), null, "Retornar a ligação sobre a proposta",
                new Schedule.AtTime(LocalDateTime.of(2026, 12, 1, 10, 30))));
        return new Fixture(pipeline, made.get(0), made.get(1), made.get(2), account, entry);
    }

    private static CreateCard card(Pipeline pipeline, int stage, String name) {
        return new CreateCard(pipeline.id(), pipeline.stages().get(stage).id(), name, null, Set.of(pipeline.labels().get(0).id()),
                Set.of(Dataset.user(2)), Dataset.user(3), Money.of("1500", "BRL"), null, null);
    }

    private static CrmSession as(TenantId tenant, int user) {
        return crm.as(Actor.of(tenant, Dataset.user(user)));
    }

    @Test
    void givenAlikeTenants_whenEachCreatesACard_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        List<String> written = compare(() -> as(LIBRARY, 1).cards().create(card(FIXTURES.get(LIBRARY).pipeline(), 1, "New card")),
                c -> cards.create(c, BASELINE, Dataset.user(1), card(FIXTURES.get(BASELINE).pipeline(), 1, "New card")));

        assertThat(written).anyMatch(r -> r.startsWith("+ crm_card {")).anyMatch(r -> r.startsWith("+ crm_card_label"))
                .anyMatch(r -> r.startsWith("+ crm_card_member")).anyMatch(r -> r.startsWith("+ crm_pipeline_history"))
                .anyMatch(r -> r.startsWith("+ crm_outbox"));
    }

    @Test
    void givenAlikeTenants_whenEachUpdatesACard_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        List<String> written = compare(() -> as(LIBRARY, 1).cards().update(update(FIXTURES.get(LIBRARY).updated())),
                c -> cards.update(c, BASELINE, Dataset.user(1), update(FIXTURES.get(BASELINE).updated())));

        assertThat(written).filteredOn(r -> r.startsWith("+ crm_pipeline_history")).hasSize(3);
        assertThat(written).anyMatch(r -> r.startsWith("- crm_card {")).anyMatch(r -> r.startsWith("+ crm_card {"));
    }

    private static UpdateCard update(Card card) {
        return new UpdateCard(card.id(), card.name() + " (renamed)", "Proposta enviada", card.labels(), card.members(),
                card.salespersonId().orElse(null), Money.of("2500", "BRL"), null, null, card.version());
    }

    @Test
    void givenAlikeTenants_whenEachCommentsOnACard_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        List<String> written = compare(() -> as(LIBRARY, 1).cards().addComment(new AddComment(FIXTURES.get(LIBRARY).commented().id(),
                        "Cliente pediu nova proposta")),
                c -> cards.addComment(c, BASELINE, Dataset.user(1), new AddComment(FIXTURES.get(BASELINE).commented().id(),
                        "Cliente pediu nova proposta")));

        assertThat(written).anyMatch(r -> r.startsWith("+ crm_card {") && r.contains("Cliente pediu nova proposta"));
    }

    @Test
    void givenAlikeTenants_whenEachMovesACard_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        List<String> written = compare(() -> as(LIBRARY, 1).cards().move(move(FIXTURES.get(LIBRARY))),
                c -> cards.move(c, BASELINE, Dataset.user(1), FIXTURES.get(BASELINE).moved().id().value(),
                        FIXTURES.get(BASELINE).pipeline().stages().get(0).id().value(), FIXTURES.get(BASELINE).moved().version().value()));

        assertThat(written).filteredOn(r -> r.startsWith("+ crm_pipeline_history")).hasSize(2);
    }

    private static MoveCard move(Fixture fixture) {
        return new MoveCard(fixture.moved().id(), fixture.pipeline().stages().get(0).id(), null, fixture.moved().version());
    }

    @Test
    void givenAlikeTenants_whenEachConcludesAnAgendaEntry_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        List<String> written = compare(() -> as(LIBRARY, 0).agenda().conclude(new AgendaEntryAt(FIXTURES.get(LIBRARY).entry().id(),
                        FIXTURES.get(LIBRARY).entry().version())),
                c -> agenda.conclude(c, BASELINE, Dataset.user(0), FIXTURES.get(BASELINE).entry().id().value(),
                        FIXTURES.get(BASELINE).entry().version().value()));

        assertThat(written).anyMatch(r -> r.startsWith("+ crm_agenda_entry") && r.contains("status=CONCLUDED"))
                .anyMatch(r -> r.startsWith("+ crm_timeline"));
    }

    @Test
    void givenAlikeTenants_whenEachClassifiesAnAccount_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        Classification to = FIXTURES.get(LIBRARY).account().classification() == Classification.LEAD ? Classification.PROSPECT
                : Classification.LEAD;
        List<String> written = compare(() -> as(LIBRARY, 0).accounts().classify(new ClassifyAccount(
                        FIXTURES.get(LIBRARY).account().id(), to, FIXTURES.get(LIBRARY).account().version())),
                c -> accounts.classify(c, BASELINE, Dataset.user(0), FIXTURES.get(BASELINE).account().id().value(), to,
                        FIXTURES.get(BASELINE).account().version().value()));

        assertThat(written).anyMatch(r -> r.startsWith("+ crm_account {") && r.contains("classification=" + to))
                .anyMatch(r -> r.startsWith("+ crm_timeline"));
    }

    @Test
    void givenAlikeTenants_whenEachCreatesAnAccount_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        CreateAccount command = Dataset.FULL.account(0, 2);
        List<String> written = compare(() -> as(LIBRARY, 0).accounts().create(command),
                c -> accounts.create(c, BASELINE, Dataset.user(0), command));

        assertThat(written).anyMatch(r -> r.startsWith("+ crm_account {")).anyMatch(r -> r.startsWith("+ crm_account_name_trigram"))
                .anyMatch(r -> r.startsWith("+ crm_account_responsible")).anyMatch(r -> r.startsWith("+ crm_timeline"));
    }

    @Test
    void givenAlikeTenants_whenEachOpensACase_thenTheBaselineWritesTheLibrarysRows() throws SQLException {
        // The tenant's counter row exists from its first case, as in the benchmark's trial.
        for (TenantId tenant : List.of(LIBRARY, BASELINE)) {
            as(tenant, 0).cases().open(new OpenCase(FIXTURES.get(tenant).account().id(),
                    CaseDetails.builder("First case", CaseChannel.PHONE).build()));
        }
        List<String> written = compare(() -> as(LIBRARY, 0).cases().open(new OpenCase(FIXTURES.get(LIBRARY).account().id(),
                        CaseDetails.builder("Second case", CaseChannel.PHONE).build())),
                c -> CreateCaseBenchmark.open(c, BASELINE, Dataset.user(0), FIXTURES.get(BASELINE).account().id().value(),
                        "Second case"));

        assertThat(written).anyMatch(r -> r.startsWith("+ crm_case {") && r.contains("number=2"))
                .anyMatch(r -> r.startsWith("+ crm_case_history")).anyMatch(r -> r.startsWith("+ crm_timeline"))
                .anyMatch(r -> r.startsWith("+ crm_case_counter") && r.contains("last_number=2"));
    }

    @Test
    void givenAlikeTenants_whenEachCreatesAndLaunchesANewsletter_thenTheBaselineWritesTheLibrarysRowsAndEvents()
            throws SQLException {
        Map<TenantId, dev.crmkit.segment.Segment> segments = new HashMap<>();
        for (TenantId tenant : List.of(LIBRARY, BASELINE)) {
            CrmSession admin = as(tenant, 0);
            admin.consents().updateSettings(new dev.crmkit.consent.ConsentSettings(Set.of()));
            segments.put(tenant, admin.segments().create(new dev.crmkit.segment.CreateSegment("Everyone " + tenant.value(),
                    false, dev.crmkit.account.AccountQuery.builder().build())));
        }
        var period = dev.crmkit.campaign.CampaignPeriod.of(java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 31));
        List<String> written;
        List<String> libraryEvents;
        List<String> baselineEvents;
        try (Connection c = postgres.dataSource().getConnection()) {
            relay.relay(c, LIBRARY.value());
            relay.relay(c, BASELINE.value());
            Map<String, Integer> libraryBefore = rows(c, LIBRARY);
            Map<String, Integer> baselineBefore = rows(c, BASELINE);
            CrmSession admin = as(LIBRARY, 0);
            admin.campaigns().launch(dev.crmkit.campaign.LaunchCampaign.of(admin.campaigns().create(
                    new dev.crmkit.campaign.CreateCampaign("Newsletter", dev.crmkit.campaign.CampaignKind.NEWSLETTER, period,
                            dev.crmkit.campaign.CampaignTarget.segment(segments.get(LIBRARY).id())))));
            new JdbcCampaigns().createAndLaunch(c, BASELINE, Dataset.user(0), "Newsletter", period, segments.get(BASELINE).id(), "");
            written = changes(libraryBefore, rows(c, LIBRARY), LIBRARY);
            assertThat(changes(baselineBefore, rows(c, BASELINE), BASELINE)).as("rows the baseline wrote, beside the library's")
                    .containsExactlyElementsOf(written);
            libraryEvents = relay.relay(c, LIBRARY.value()).stream().map(e -> blot(json.writeEvent(e), LIBRARY)).sorted().toList();
            baselineEvents = relay.relay(c, BASELINE.value()).stream().map(e -> blot(json.writeEvent(e), BASELINE)).sorted().toList();
        }
        assertThat(written).anyMatch(r -> r.startsWith("+ crm_campaign {")).anyMatch(r -> r.startsWith("+ crm_campaign_member")
                && r.contains("status=TARGETED")).anyMatch(r -> r.startsWith("+ crm_campaign_history"));
        assertThat(libraryEvents).hasSize(3).anyMatch(e -> e.contains("CampaignMessageQueued"));
        assertThat(baselineEvents).isEqualTo(libraryEvents);
        assertThat(crm.relayEvents()).isZero();
    }

    /** A baseline's write on a connection. */
    @FunctionalInterface
    private interface Write {
        Object run(Connection c) throws SQLException;
    }

    /**
     * Runs the library in one tenant and the baseline in the other, then compares what each wrote and delivers both
     * tenants' events through the baseline's relay.
     *
     * @return the rows the library wrote, blotted
     */
    private List<String> compare(Runnable library, Write baseline) throws SQLException {
        try (Connection c = postgres.dataSource().getConnection()) {
            // whatever a failed comparison before this one left in the outbox
            relay.relay(c, LIBRARY.value());
            relay.relay(c, BASELINE.value());
            Map<String, Integer> libraryBefore = rows(c, LIBRARY);
            Map<String, Integer> baselineBefore = rows(c, BASELINE);
            library.run();
            baseline.run(c);
            List<String> byLibrary = changes(libraryBefore, rows(c, LIBRARY), LIBRARY);
            List<String> byBaseline = changes(baselineBefore, rows(c, BASELINE), BASELINE);

            assertThat(byBaseline).as("rows the baseline wrote, beside the library's").containsExactlyElementsOf(byLibrary);
            assertThat(byLibrary).anyMatch(r -> r.startsWith("+ crm_outbox"));

            List<DomainEvent> delivered = new ArrayList<>(relay.relay(c, LIBRARY.value()));
            delivered.addAll(relay.relay(c, BASELINE.value()));
            assertThat(delivered).hasSize(2);
            assertThat(blot(json.writeEvent(delivered.get(1)), delivered.get(1).meta().tenantId()))
                    .isEqualTo(blot(json.writeEvent(delivered.get(0)), delivered.get(0).meta().tenantId()));
            assertThat(crm.relayEvents()).isZero();
            return byLibrary;
        }
    }

    /** Every row of the tenant in every {@code crm_} table, as text, counted. */
    private static Map<String, Integer> rows(Connection c, TenantId tenant) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select table_name from information_schema.columns where table_schema ="
                + " current_schema() and column_name = 'tenant_id' and table_name like 'crm\\_%' order by table_name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (PreparedStatement s = c.prepareStatement("select * from " + table + " where tenant_id = ?")) {
                s.setString(1, tenant.value());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> columns = new TreeMap<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            String name = rs.getMetaData().getColumnName(i);
                            int type = rs.getMetaData().getColumnType(i);
                            if (name.equals("seq")) {
                                continue; // the outbox's commit order, shared by every tenant
                            }
                            String value = rs.getString(i);
                            columns.put(name, value != null && (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE)
                                    ? "<time>" + value : value);
                        }
                        rows.merge(table + " " + columns, 1, Integer::sum);
                    }
                }
            }
        }
        return rows;
    }

    /** The rows added ({@code +}) and removed ({@code -}, a changed row is both), blotted and sorted. */
    private static List<String> changes(Map<String, Integer> before, Map<String, Integer> after, TenantId tenant) {
        List<String> changes = new ArrayList<>();
        after.forEach((row, count) -> {
            for (int i = before.getOrDefault(row, 0); i < count; i++) {
                changes.add("+ " + blot(row, tenant));
            }
        });
        before.forEach((row, count) -> {
            for (int i = after.getOrDefault(row, 0); i < count; i++) {
                changes.add("- " + blot(row, tenant));
            }
        });
        changes.sort(null);
        return changes;
    }

    /** A row or an event without what differs between alike tenants: ids, instants, the tenant's id. */
    private static String blot(String text, TenantId tenant) {
        String blotted = text.replaceAll("<time>[^,}]*", "<time>").replace(tenant.value(), "<tenant>");
        blotted = UUID.matcher(blotted).replaceAll("<id>");
        return INSTANT.matcher(blotted).replaceAll("<time>");
    }
}
