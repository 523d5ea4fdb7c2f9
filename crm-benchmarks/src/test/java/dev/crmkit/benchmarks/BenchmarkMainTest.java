package dev.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.benchmarks.BenchmarkMain.Measurable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a fork orders what it measures (a pair's sides in turn, the order flipping from round to round) and what its JVM
 * starts with.
 */
class BenchmarkMainTest {

    private static final String LIBRARY = "dev.crmkit.benchmarks.BoardBenchmark.library";
    private static final String JDBC = "dev.crmkit.benchmarks.BoardBenchmark.jdbc";
    private static final String FIRST_PAGE = "dev.crmkit.benchmarks.AccountQueryBenchmark.libraryFirstPage";
    private static final String JDBC_FIRST_PAGE = "dev.crmkit.benchmarks.AccountQueryBenchmark.jdbcFirstPage";
    private static final String IN_MEMORY = "dev.crmkit.benchmarks.InMemoryBoardBenchmark.board";

    private static final Map<String, List<String>> BOARD = Map.of("cardsPerStage", List.of("50", "500"),
            "tenantCards", List.of("10000"));

    @Test
    void givenARun_whenAForkJvmIsStarted_thenItsHeapIsFixedTouchedUpFrontOnHugePagesAndAClassMayAskItsOwnSize() {
        List<String> upFront = List.of("-XX:+UseTransparentHugePages", "-XX:+AlwaysPreTouch");

        assertThat(BenchmarkMain.jvmArgs(BenchmarkMain.QUICK, List.of()))
                .containsExactly("-Xms4g", "-Xmx4g", upFront.get(0), upFront.get(1));
        assertThat(BenchmarkMain.jvmArgs(BenchmarkMain.FULL, List.of()))
                .containsExactly("-Xms6g", "-Xmx6g", upFront.get(0), upFront.get(1));
        // The export's forks keep the 256 MiB heap its class asks for, fixed as well; other options follow.
        assertThat(BenchmarkMain.jvmArgs(BenchmarkMain.FULL, List.of("-Xmx256m", "-Dsome.option=1")))
                .containsExactly("-Xms256m", "-Xmx256m", upFront.get(0), upFront.get(1), "-Dsome.option=1");
    }

    @Test
    void givenParameters_whenTheirSetsAreListed_thenEveryCombinationComesInNameOrder() {
        assertThat(BenchmarkMain.parameterSets(Map.of("b", List.of("1", "2"), "a", List.of("x", "y"))))
                .containsExactly(Map.of("a", "x", "b", "1"), Map.of("a", "x", "b", "2"), Map.of("a", "y", "b", "1"),
                        Map.of("a", "y", "b", "2"));
        assertThat(BenchmarkMain.parameterSets(Map.of())).containsExactly(Map.of());
    }

    @Test
    void givenALibraryBenchmarkAndItsBaseline_whenAForkOfAnOddRoundOrdersThem_thenTheirSetsMakeOneUnitEachSetLibraryFirst() {
        Map<String, List<String>> sizes = Map.of("cardsPerStage", List.of("50"), "tenantCards", List.of("10000", "1000000"));

        List<List<Measurable>> units = BenchmarkMain.units(List.of(JDBC, LIBRARY), b -> sizes, 1);

        // The tenant sizes a target compares are measured in turn too, each beside its own baseline.
        assertThat(units).containsExactly(List.of(
                new Measurable(LIBRARY, Map.of("cardsPerStage", "50", "tenantCards", "10000")),
                new Measurable(JDBC, Map.of("cardsPerStage", "50", "tenantCards", "10000")),
                new Measurable(LIBRARY, Map.of("cardsPerStage", "50", "tenantCards", "1000000")),
                new Measurable(JDBC, Map.of("cardsPerStage", "50", "tenantCards", "1000000"))));
        assertThat(BenchmarkMain.units(List.of(JDBC, LIBRARY), b -> sizes, 2).get(0)).containsExactly(
                new Measurable(JDBC, Map.of("cardsPerStage", "50", "tenantCards", "1000000")),
                new Measurable(LIBRARY, Map.of("cardsPerStage", "50", "tenantCards", "1000000")),
                new Measurable(JDBC, Map.of("cardsPerStage", "50", "tenantCards", "10000")),
                new Measurable(LIBRARY, Map.of("cardsPerStage", "50", "tenantCards", "10000")));
    }

    @Test
    void givenAnEvenRound_whenItsForkOrdersAPair_thenTheBaselineComesFirst() {
        List<List<Measurable>> units = BenchmarkMain.units(List.of(FIRST_PAGE, JDBC_FIRST_PAGE, LIBRARY),
                b -> b.equals(LIBRARY) ? BOARD : Map.of(), 2);

        assertThat(units).hasSize(2);
        assertThat(units.get(0)).containsExactly(new Measurable(JDBC_FIRST_PAGE, Map.of()), new Measurable(FIRST_PAGE, Map.of()));
        // A library benchmark whose baseline the fork does not run: its parameter sets in turn, rotated by the round.
        assertThat(units.get(1)).containsExactly(
                new Measurable(LIBRARY, Map.of("cardsPerStage", "500", "tenantCards", "10000")),
                new Measurable(LIBRARY, Map.of("cardsPerStage", "50", "tenantCards", "10000")));
    }

    @Test
    void givenABenchmarkWithoutABaseline_whenOrdered_thenItsParameterSetsMakeOneUnitRotatedByTheRound() {
        Map<String, List<String>> sizes = Map.of("tenantCards", List.of("10000", "200000"));

        List<List<Measurable>> first = BenchmarkMain.units(List.of(IN_MEMORY), b -> sizes, 1);
        List<List<Measurable>> second = BenchmarkMain.units(List.of(IN_MEMORY), b -> sizes, 2);

        Measurable small = new Measurable(IN_MEMORY, Map.of("tenantCards", "10000"));
        Measurable large = new Measurable(IN_MEMORY, Map.of("tenantCards", "200000"));
        assertThat(first).containsExactly(List.of(small, large));
        assertThat(second).containsExactly(List.of(large, small));
    }

    @Test
    void givenARunThatDoesNotWaitForTheJit_whenHeaded_thenItsVerdictsAreLeftToTheFullRun() {
        String quick = BenchmarkMain.heading(BenchmarkMain.QUICK, "Board", 10, Duration.ofSeconds(613));
        String full = BenchmarkMain.heading(BenchmarkMain.FULL, "Board", 10, Duration.ofSeconds(613));

        assertThat(quick).startsWith("# CRM Kit benchmarks (quick run)").contains("10 forks in 10 min 13 s")
                .contains("The pairs' warm-up does not wait for the JIT").contains("which decides the targets");
        assertThat(full).contains("the JIT compiled for at most 5% of a pass").doesNotContain("does not wait for the JIT");
    }
}
