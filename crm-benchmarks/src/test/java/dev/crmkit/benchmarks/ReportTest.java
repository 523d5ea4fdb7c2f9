package dev.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The statistics of the report (the two-level bootstrap's intervals, checked against synthetic runs whose true ratio
 * is known) and the table: the verdicts, and dashes where a figure does not exist.
 */
class ReportTest {

    private static final String HEADING = "# CRM Kit benchmarks (test run)";

    @Test
    void givenForksWithAKnownRatio_whenTheRatioIsBootstrapped_thenTheIntervalHoldsItAndIsNarrow() {
        SplittableRandom random = new SplittableRandom(1);
        List<double[]> baseline = forks(random, 5, 4, 2.0, 0.05, 0.03);
        List<double[]> measured = forks(random, 5, 4, 2.0 * 1.3, 0.05, 0.03);

        Bootstrap.Interval ratio = Bootstrap.ratio(measured, baseline, 7);

        assertThat(ratio.estimate()).isCloseTo(1.3, within(0.05));
        assertThat(ratio.lower()).isLessThan(1.3).isGreaterThan(1.1);
        assertThat(ratio.upper()).isGreaterThan(1.3).isLessThan(1.5);
    }

    @Test
    void givenManySyntheticRunsOfThreeForks_whenEachRatioIsBootstrapped_thenAbout95PercentOfTheIntervalsHoldTheTrueRatio() {
        // Three rounds of two iterations (the quick run's shape), forks 10% apart, iterations 4%, and a drift of 10%
        // shared by each round's pair. A plain percentile bootstrap covers about 75% here.
        SplittableRandom random = new SplittableRandom(42);
        int runs = 300;
        int covered = 0;
        for (int run = 0; run < runs; run++) {
            List<double[]> baseline = new ArrayList<>();
            List<double[]> measured = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                double drift = Math.exp(0.10 * random.nextGaussian());
                baseline.add(fork(random, 2, 1.0 * drift, 0.10, 0.04));
                measured.add(fork(random, 2, 1.3 * drift, 0.10, 0.04));
            }
            Bootstrap.Interval ratio = Bootstrap.ratio(measured, baseline, run);
            if (ratio.lower() <= 1.3 && 1.3 <= ratio.upper()) {
                covered++;
            }
        }

        assertThat(covered / (double) runs).isBetween(0.90, 0.995);
    }

    @Test
    void givenADriftBothSidesOfEachRoundShare_whenTheRatioIsBootstrapped_thenThePairsCancelIt() {
        // The machine is twice as slow in the second round and three times in the third, for both sides alike.
        List<double[]> baseline = List.of(new double[] {1.00, 1.01, 0.99}, new double[] {2.00, 2.02, 1.98},
                new double[] {3.00, 3.03, 2.97});
        List<double[]> measured = List.of(new double[] {1.50, 1.51, 1.49}, new double[] {3.00, 3.03, 2.97},
                new double[] {4.50, 4.54, 4.46});

        Bootstrap.Interval paired = Bootstrap.ratio(measured, baseline, 3);
        Bootstrap.Interval unpaired = Bootstrap.ratio(measured, baseline.subList(0, 2), 3);

        assertThat(paired.lower()).isGreaterThan(1.45);
        assertThat(paired.upper()).isLessThan(1.55);
        assertThat(unpaired.upper() - unpaired.lower()).isGreaterThan(1.0);
    }

    @Test
    void givenASlowSpellBothSidesShareIterationByIteration_whenTheRatioIsBootstrapped_thenTheIterationPairsCancelIt() {
        // One fork measures both sides in turn: the machine is 1x, 2x, 1x, 3x as slow during the four iteration pairs.
        double[] spell = {1.0, 2.0, 1.0, 3.0};
        List<double[]> baseline = new ArrayList<>();
        List<double[]> measured = new ArrayList<>();
        for (int fork = 0; fork < 3; fork++) {
            double[] b = new double[4];
            double[] m = new double[4];
            for (int i = 0; i < 4; i++) {
                b[i] = spell[(i + fork) % 4] * (1 + 0.01 * fork);
                m[i] = 1.3 * b[i] * (1 + 0.01 * (i % 2));
            }
            baseline.add(b);
            measured.add(m);
        }
        // The same measurements, the baseline's iterations no longer in step with the library's (one dropped).
        List<double[]> unpaired = baseline.stream().map(b -> java.util.Arrays.copyOf(b, 3)).toList();

        Bootstrap.Interval paired = Bootstrap.ratio(measured, baseline, 5);
        Bootstrap.Interval apart = Bootstrap.ratio(measured, unpaired, 5);

        assertThat(paired.lower()).isGreaterThan(1.28);
        assertThat(paired.upper()).isLessThan(1.33);
        assertThat(apart.upper() - apart.lower()).isGreaterThan(0.5);
    }

    @Test
    void givenTheForkCount_whenTheSpreadIsAsked_thenItIsTheExpandedBootstrapsFactor() {
        assertThat(Bootstrap.spread(1)).isEqualTo(1.0);
        assertThat(Bootstrap.spread(3)).isCloseTo(2.69, within(0.01));
        assertThat(Bootstrap.spread(5)).isCloseTo(1.58, within(0.01));
        assertThat(Bootstrap.spread(100)).isCloseTo(1.02, within(0.01));
    }

    @Test
    void givenAnInterval_whenJudgedAgainstALimit_thenItHoldsOnlyWhenItsUpperBoundIsUnderTheLimit() {
        assertThat(Report.verdict(new Bootstrap.Interval(1.30, 1.25, 1.45), 1.5)).isEqualTo("yes");
        assertThat(Report.verdict(new Bootstrap.Interval(1.40, 1.30, 1.55), 1.5)).isEqualTo("**undecided**");
        assertThat(Report.verdict(new Bootstrap.Interval(1.60, 1.52, 1.70), 1.5)).isEqualTo("**no**");
        assertThat(Report.verdict(new Bootstrap.Interval(1.60, 1.52, 1.70), Double.NaN)).isEqualTo("–");
    }

    @Test
    void givenARatioUnderItsLimitWhoseIntervalReachesPastIt_whenReported_thenTheTargetIsUndecided() {
        // Library forks 1.35x and 1.45x, then 1.9x its baseline: the mean ratio is under 1.5, its interval is not.
        String table = Report.markdown(List.of(
                row("AccountProfileBenchmark.jdbc", "dbAccounts=20000", new double[] {1.0, 1.0}, new double[] {1.0, 1.0},
                        new double[] {1.0, 1.0}),
                row("AccountProfileBenchmark.library", "dbAccounts=20000", new double[] {1.35, 1.35}, new double[] {1.45, 1.45},
                        new double[] {1.2, 1.2})), HEADING);

        assertThat(table).containsPattern("\\| Account profile on PostgreSQL, ≤ 1\\.5× JDBC \\(dbAccounts=20000\\) \\| 1\\.333× \\|"
                + " [0-9.]+–[0-9.]+× \\| 1\\.50× \\| \\*\\*undecided\\*\\* \\|");
    }

    @Test
    void givenALibraryAndItsBaseline_whenReported_thenTheRatioAndItsIntervalAreJudgedAgainstTheLimitAndTheStretch() {
        String table = Report.markdown(List.of(
                row("MoveCardBenchmark.jdbc", "tenantCards=10000", new double[] {1.0, 1.02}, new double[] {0.99, 1.0},
                        new double[] {1.01, 1.0}),
                row("MoveCardBenchmark.library", "tenantCards=10000", new double[] {1.3, 1.31}, new double[] {1.29, 1.3},
                        new double[] {1.31, 1.3}),
                row("AccountQueryBenchmark.jdbcFirstPage", "dbAccounts=20000", new double[] {2.0}, new double[] {2.0},
                        new double[] {2.0}),
                row("AccountQueryBenchmark.libraryFirstPage", "dbAccounts=20000", new double[] {4.0}, new double[] {4.1},
                        new double[] {3.9})), HEADING);

        assertThat(table).startsWith(HEADING)
                .contains("| MoveCardBenchmark.library | tenantCards=10000 | 3 × 2 | 1.302 | ")
                .containsPattern("\\| Move card on PostgreSQL, ≤ 1\\.5× JDBC \\(stretch 1\\.2×\\) \\(tenantCards=10000\\) \\| 1\\.297× \\|"
                        + " 1\\.2[0-9]+–1\\.3[0-9]+× \\| 1\\.50× \\| yes \\| 1\\.20× \\| \\*\\*no\\*\\* \\|")
                .containsPattern("\\| Account query on PostgreSQL, first page, ≤ 1\\.5× JDBC \\(dbAccounts=20000\\) \\| 2\\.000× \\|"
                        + " [0-9.]+–[0-9.]+× \\| 1\\.50× \\| \\*\\*no\\*\\* \\| – \\| – \\|")
                .contains("| Account profile on PostgreSQL, ≤ 1.5× JDBC | not run | | | | | |");
    }

    @Test
    void givenTheBoardAtBothPageSizes_whenReported_thenTheSmallBoardIsHeldToItsOwnLimit() {
        double[] one = {1.0, 1.0};
        double[] more = {1.3, 1.3};
        String table = Report.markdown(List.of(
                row("BoardBenchmark.jdbc", "cardsPerStage=50, tenantCards=10000", one, one, one),
                row("BoardBenchmark.jdbc", "cardsPerStage=500, tenantCards=10000", one, one, one),
                row("BoardBenchmark.library", "cardsPerStage=50, tenantCards=10000", more, more, more),
                row("BoardBenchmark.library", "cardsPerStage=500, tenantCards=10000", more, more, more)), HEADING);

        assertThat(table)
                .contains("| Small board on PostgreSQL, 50 cards per stage, ≤ 1.2× JDBC (cardsPerStage=50, tenantCards=10000) | 1.300× |")
                .contains("| Board on PostgreSQL, 500 cards per stage, ≤ 1.5× JDBC (cardsPerStage=500, tenantCards=10000) | 1.300× |")
                .doesNotContain("Small board on PostgreSQL, 50 cards per stage, ≤ 1.2× JDBC (cardsPerStage=500");
        assertThat(table.lines().filter(l -> l.startsWith("| Small board")).findFirst().orElseThrow()).contains("| **no** |");
    }

    @Test
    void givenANoTargetPairAndSingleShotsOfOneFork_whenReported_thenDashesStandForWhatDoesNotExist() {
        String table = Report.markdown(List.of(
                row("ExportBenchmark.jdbc", "entries=20000", new double[] {2.0, 2.1}),
                row("ExportBenchmark.library", "entries=20000", new double[] {3.0, 3.1}),
                row("InMemoryAccountQueryBenchmark.firstPage", "accounts=200000", new double[] {0.5, 0.6, 0.5, 0.55})), HEADING);

        assertThat(table).doesNotContain("NaN")
                .contains("| ExportBenchmark.library | entries=20000 | 1 × 2 | 3.050 | ")
                .containsPattern("\\| XLSX export of the agenda listing, .* \\(entries=20000\\) \\| 1\\.488× \\| [0-9.]+–[0-9.]+× \\| – \\| – \\|"
                        + " – \\| – \\|")
                .containsPattern("\\| In-memory account query, first page of 50, ≤ 5 ms \\(accounts=200000\\) \\| 0\\.538 ms/op \\|"
                        + " 0\\.5[0-9]+–0\\.5[0-9]+ \\| 5\\.00 ms/op \\| yes \\|");
    }

    @Test
    void givenTwoRuns_whenCompared_thenEachRatioBothMeasuredIsSetAgainstItsFirstAndTheOnesApartAreNamed() {
        List<Report.Row> first = twoWrites(1.30, 1.50, 0.5);
        List<Report.Row> second = new ArrayList<>(twoWrites(1.365, 1.20, 0.9));
        second.add(steady("UpdateCardBenchmark.jdbc", 1.0));
        second.add(steady("UpdateCardBenchmark.library", 1.0));

        String table = Report.comparison(first, second, HEADING);

        // Move card +5%, create card -20%; the in-memory query is a value, not a ratio, and update card ran only once.
        assertThat(table).startsWith(HEADING)
                .contains("**1 of 2** ratios within ±10% of each other. Apart: Create card on PostgreSQL, ≤ 1.5× JDBC"
                        + " (stretch 1.2×) (tenantCards=10000) (-20.0%).")
                .containsPattern("\\| Move card on PostgreSQL, .*\\(tenantCards=10000\\) \\| 1\\.300× \\| [0-9.]+–[0-9.]+× \\|"
                        + " 1\\.365× \\| [0-9.]+–[0-9.]+× \\| \\+5\\.0% \\| yes \\|")
                .containsPattern("\\| Create card on PostgreSQL, .* \\| -20\\.0% \\| \\*\\*no\\*\\* \\|")
                .doesNotContain("In-memory account query").doesNotContain("Update card");
    }

    /** A move of a card and a creation, each this far above its baseline, and an in-memory query of this many ms. */
    private static List<Report.Row> twoWrites(double move, double create, double inMemory) {
        return List.of(steady("MoveCardBenchmark.jdbc", 1.0), steady("MoveCardBenchmark.library", move),
                steady("CreateCardBenchmark.jdbc", 1.0), steady("CreateCardBenchmark.library", create),
                row("InMemoryAccountQueryBenchmark.firstPage", "accounts=100000", new double[] {inMemory, inMemory}));
    }

    /** Three forks of two iterations, every one of them the same score. */
    private static Report.Row steady(String name, double score) {
        double[] fork = {score, score};
        return row(name, "tenantCards=10000", fork, fork, fork);
    }

    private static Report.Row row(String name, String params, double[]... forks) {
        return new Report.Row(name, params, "ms/op", List.of(forks), null);
    }

    private static List<double[]> forks(SplittableRandom random, int forks, int iterations, double mean, double forkNoise,
            double iterationNoise) {
        List<double[]> all = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            all.add(fork(random, iterations, mean, forkNoise, iterationNoise));
        }
        return all;
    }

    /** A fork's iterations: log-normal around a mean the fork itself drew. */
    private static double[] fork(SplittableRandom random, int iterations, double mean, double forkNoise, double iterationNoise) {
        double forkMean = mean * Math.exp(forkNoise * random.nextGaussian());
        double[] scores = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            scores[i] = forkMean * Math.exp(iterationNoise * random.nextGaussian());
        }
        return scores;
    }

    @Test
    void givenATimedAndASampledResult_whenTheirIterationsAreRead_thenEachForkHasItsIterationScoresOrItsSamplesMean()
            throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var timed = mapper.readTree("{\"rawData\": [[1.0, 3.0], [2.0, 4.0]]}");
        // JMH's sample mode: per fork, per iteration, pairs of a value and how many samples had it.
        var sampled = mapper.readTree("{\"rawDataHistogram\": [[[[1.0, 3], [5.0, 1]], [[2.0, 2]]], [[[10.0, 1], [20.0, 1]]]]}");

        var timedForks = BenchmarkMain.iterations(timed);
        var sampledForks = BenchmarkMain.iterations(sampled);

        assertThat(timedForks).hasSize(2);
        assertThat(timedForks.get(0)).containsExactly(1.0, 3.0);
        assertThat(timedForks.get(1)).containsExactly(2.0, 4.0);
        assertThat(sampledForks).hasSize(2);
        assertThat(sampledForks.get(0)).containsExactly(2.0, 2.0);   // (1*3 + 5*1) / 4, then 2
        assertThat(sampledForks.get(1)).containsExactly(15.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchmarkMain.iterations(mapper.readTree("{}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
