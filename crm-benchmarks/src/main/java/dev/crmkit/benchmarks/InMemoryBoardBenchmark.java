package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.UserId;
import dev.crmkit.inmemory.InMemoryCrmStore;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A board of 10 stages × 500 cards (labels, members, values) loaded with 50 or 500 cards per stage, with counts,
 * per-currency sums and stagnant counts, while the tenant holds 10k or many more cards in other pipelines
 * (target: within 1.2× whatever the tenant holds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InMemoryBoardBenchmark {

    /** Cards the tenant holds in all its pipelines, the measured one included. */
    @Param({"10000", "1000000"})
    public int tenantCards;

    /** Cards per stage the board shows. */
    @Param({"50", "500"})
    public int cardsPerStage;

    /**
     * A tenant's cards in memory, loaded once per JVM for each size and shared by the page sizes (the same data).
     *
     * @param user the reading user
     * @param measured the measured pipeline
     */
    private record Loaded(CrmSession user, Pipeline measured) {}

    private static final Map<Integer, Loaded> LOADED = new ConcurrentHashMap<>();

    private CrmSession user;
    private Pipeline measured;
    private BoardFilter filter;

    /** Loads the pipelines, unless a trial of this JVM did. */
    @Setup(Level.Trial)
    public void load() {
        Loaded loaded = LOADED.computeIfAbsent(tenantCards, InMemoryBoardBenchmark::load);
        user = loaded.user();
        measured = loaded.measured();
        filter = BoardFilter.builder().cardsPerStage(cardsPerStage).build();
    }

    private static Loaded load(int tenantCards) {
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).build();
        crm.tenants().create(new CreateTenant(Dataset.tenant(0), "Board tenant", ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", Dataset.user(0), "Admin"));
        CrmSession admin = crm.as(Actor.of(Dataset.tenant(0), Dataset.user(0)));
        List<UserId> users = new ArrayList<>();
        for (int u = 1; u <= 10; u++) {
            admin.users().create(new CreateUser(Dataset.user(u), "User " + u, null, AccessScope.ALL, false));
            users.add(Dataset.user(u));
        }
        int perPipeline = 10 * 500;
        int pipelines = Math.max(1, tenantCards / perPipeline);
        List<Pipeline> created = IntStream.range(0, pipelines).parallel()
                .mapToObj(p -> fill(admin, users, p, perPipeline)).toList();
        System.gc();
        return new Loaded(crm.as(Actor.of(Dataset.tenant(0), users.get(0))), created.get(0));
    }

    private static Pipeline fill(CrmSession admin, List<UserId> users, int index, int cards) {
        List<NewStage> stages = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            stages.add(new NewStage("Stage " + s, "#336699", s % 3 == 0 ? 0 : 7));
        }
        Pipeline pipeline = admin.pipelines().create(new CreatePipeline("Pipeline " + index, "#1F6FEB", stages,
                Set.copyOf(users), PipelineSettings.DEFAULT));
        for (String label : List.of("Quente", "Frio", "VIP")) {
            admin.pipelines().addLabel(new AddLabel(pipeline.id(), label, "#AA0000"));
            pipeline = admin.pipelines().get(pipeline.id());
        }
        List<LabelId> labels = pipeline.labels().stream().map(Label::id).toList();
        SplittableRandom random = new SplittableRandom(index);
        for (int c = 0; c < cards; c++) {
            admin.cards().create(new CreateCard(pipeline.id(), pipeline.stages().get(c % 10).id(), "Card " + c, null,
                    Set.of(labels.get(random.nextInt(3))), Set.of(users.get(random.nextInt(users.size()))),
                    users.get(random.nextInt(users.size())), random.nextInt(4) == 0 ? null
                            : Money.of(String.valueOf(random.nextInt(100_000)), random.nextBoolean() ? "BRL" : "USD"),
                    null, null));
        }
        return pipeline;
    }

    /**
     * @return the board
     */
    @Benchmark
    public Board board() {
        return user.cards().board(measured.id(), filter);
    }
}
