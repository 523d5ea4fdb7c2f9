package dev.crmkit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The markdown table of a run: every benchmark's mean with its 95% interval, then each target with its ratio (or
 * value), the ratio's 95% interval and whether the target holds.
 *
 * <h2>The intervals</h2>
 * A run gives each benchmark several forks (JVMs) of several iterations. Iterations within a fork vary little; forks
 * vary more (what the JIT compiled, where the heap landed, what else the machine did meanwhile). An interval that only
 * looked at iterations, as JMH's error does, would be far too narrow, and one fork's slowness would decide a target.
 * {@link Bootstrap} therefore resamples on both levels, 10,000 times:
 * <ol>
 *   <li>draw as many forks as there are, with replacement; a pair's library and JDBC sides measured in the same fork
 *       are drawn together (paired), since they share the JVM and the machine's state;
 *   <li>within each drawn fork, draw as many iterations as it has, with replacement; iteration i of the library and
 *       iteration i of its baseline together, since they ran one right after the other;
 *   <li>the resample's mean is the mean of the drawn iterations, and a ratio is the ratio of two such means.
 * </ol>
 * The 2.5th and 97.5th percentiles of the resampled ratios (or means) bound the interval.
 *
 * <p>Three forks show less of their spread than forks do in general, and a percentile bootstrap over three values
 * is too narrow: simulated, it covered the true ratio 74–82% of the time where fork-to-fork noise dominates. So each
 * drawn fork's mean is moved away from the grand mean by the small-sample factor of the expanded bootstrap
 * (Hesterberg, "What teachers should know about the bootstrap", 2015), {@code t(0.975, k-1) / z(0.975) · √(k/(k-1))}
 * for {@code k} forks (2.69 for three, 1.58 for five; in log scale, so a mean never turns negative); the iterations
 * within a fork keep their own spread. Simulated with 3 to 5 forks of 4 iterations, fork noise of 0–15%, iteration
 * noise of 3–10% and drift shared by a round's pair, the interval covered the true ratio 93–99% of the time
 * ({@code ReportTest} checks the coverage on its own simulation). A single fork (the in-memory benchmarks of the quick
 * run) gets an interval over its iterations only, which the table shows by its fork count.
 *
 * <h2>Targets</h2>
 * A target holds only when its interval's upper bound is under the limit; it misses when the lower bound is above;
 * otherwise the run cannot tell (the interval straddles the limit) and the target does not count as held: more
 * rounds, or a quieter machine, narrow the interval.
 */
final class Report {

    private Report() {}

    /**
     * A target of the issue, checked against a run.
     *
     * @param label what it says
     * @param benchmark the measured benchmark ({@code Class.method})
     * @param params a parameter ({@code name=value}) a row must have for the target to judge it, or {@code null} for every
     *     parameter set, each on its own
     * @param baseline the baseline it is compared with ({@code Class.method}, or {@code param=value}: the same
     *     benchmark with that parameter, the others equal), or {@code null} for an absolute limit
     * @param limit the largest ratio (or, with no baseline, the largest score in the benchmark's unit); NaN for a
     *     figure the issue sets no target for
     * @param stretch a tighter limit to report as well, or NaN
     */
    record Target(String label, String benchmark, String params, String baseline, double limit, double stretch) {

        /** A target on every parameter set of a benchmark, without a stretch limit. */
        Target(String label, String benchmark, String baseline, double limit) {
            this(label, benchmark, null, baseline, limit, Double.NaN);
        }
    }

    private static Target write(String label, String benchmark) {
        return new Target(label + " on PostgreSQL, ≤ 1.5× JDBC (stretch 1.2×)", benchmark + ".library", null,
                benchmark + ".jdbc", 1.5, 1.2);
    }

    /** The targets that the benchmarks of this module measure. */
    static final List<Target> TARGETS = List.of(
            new Target("Account query on PostgreSQL, first page, ≤ 1.5× JDBC", "AccountQueryBenchmark.libraryFirstPage",
                    "AccountQueryBenchmark.jdbcFirstPage", 1.5),
            new Target("Account query on PostgreSQL, deep keyset page, ≤ 1.5× JDBC", "AccountQueryBenchmark.libraryDeepPage",
                    "AccountQueryBenchmark.jdbcDeepPage", 1.5),
            new Target("Segment on PostgreSQL, count and first page, ≤ 1.5× JDBC", "SegmentBenchmark.library",
                    "SegmentBenchmark.jdbc", 1.5),
            new Target("Account profile on PostgreSQL, ≤ 1.5× JDBC", "AccountProfileBenchmark.library",
                    "AccountProfileBenchmark.jdbc", 1.5),
            new Target("Small board on PostgreSQL, 50 cards per stage, ≤ 1.2× JDBC", "BoardBenchmark.library", "cardsPerStage=50",
                    "BoardBenchmark.jdbc", 1.2, Double.NaN),
            new Target("Board on PostgreSQL, 500 cards per stage, ≤ 1.5× JDBC", "BoardBenchmark.library", "cardsPerStage=500",
                    "BoardBenchmark.jdbc", 1.5, Double.NaN),
            new Target("Board on PostgreSQL, 1M-card tenant vs 10k, ≤ 1.2×", "BoardBenchmark.library", "tenantCards=10000", 1.2),
            new Target("Case queue of a team on PostgreSQL, first page of 50, ≤ 1.5× JDBC", "CaseQueueBenchmark.library",
                    "CaseQueueBenchmark.jdbc", 1.5),
            new Target("Case queue on PostgreSQL, largest tenant vs 10k cases, ≤ 1.2×", "CaseQueueBenchmark.library",
                    "tenantCases=10000", 1.2),
            new Target("Bulk import, time ≤ 2× a JDBC batch insert (throughput ≥ 50%)", "BulkImportBenchmark.library",
                    "BulkImportBenchmark.jdbc", 2.0),
            new Target("Pending tasks of one user on PostgreSQL, ≤ 1.5× JDBC", "PendingTasksBenchmark.library",
                    "PendingTasksBenchmark.jdbc", 1.5),
            new Target("XLSX export of the agenda listing, ratio to JDBC (no ratio target; the fork's heap is capped at 256 MiB, so"
                    + " needing more fails the run)",
                    "ExportBenchmark.library", "ExportBenchmark.jdbc", Double.NaN),
            new Target("Card import on PostgreSQL, 1,000 rows, time ≤ 1/0.7 of a JDBC batch (throughput ≥ 70%)",
                    "ImportCardsBenchmark.library", "ImportCardsBenchmark.jdbc", 1 / 0.7),
            new Target("Campaign launch on PostgreSQL over a segment, time ≤ 2× a JDBC batch (throughput ≥ 50%)",
                    "CampaignLaunchBenchmark.library", "CampaignLaunchBenchmark.jdbc", 2.0),
            write("Create card", "CreateCardBenchmark"),
            write("Update card", "UpdateCardBenchmark"),
            write("Add comment", "AddCommentBenchmark"),
            write("Move card", "MoveCardBenchmark"),
            write("Conclude an agenda entry", "ConcludeAgendaEntryBenchmark"),
            write("Classify an account", "ClassifyAccountBenchmark"),
            write("Create account", "CreateAccountBenchmark"),
            write("Open a service case", "CreateCaseBenchmark"),
            new Target("Satisfaction statistics of a team over a year on PostgreSQL, ≤ 1.5× JDBC",
                    "SatisfactionStatsBenchmark.library", "SatisfactionStatsBenchmark.jdbc", 1.5),
            new Target("Create a quote of 50 lines on PostgreSQL, ≤ 2× JDBC", "CreateQuoteBenchmark.library",
                    "CreateQuoteBenchmark.jdbc", 2.0),
            new Target("Convert a quote of 50 lines into 2 orders on PostgreSQL, ≤ 2× JDBC", "ConvertQuoteBenchmark.library",
                    "ConvertQuoteBenchmark.jdbc", 2.0),
            new Target("A customer's revenue over 10k orders on PostgreSQL, ≤ 1.5× JDBC", "CustomerRevenueBenchmark.library",
                    "CustomerRevenueBenchmark.jdbc", 1.5),
            new Target("Revenue forecast of a pipeline on PostgreSQL (1M order lines in the full run), ≤ 1.5× JDBC",
                    "RevenueForecastBenchmark.library", "RevenueForecastBenchmark.jdbc", 1.5),
            new Target("In-memory account query, first page of 50, ≤ 5 ms", "InMemoryAccountQueryBenchmark.firstPage", null, 5),
            new Target("In-memory account query, deep keyset page, ≤ 5 ms", "InMemoryAccountQueryBenchmark.deepPage", null, 5),
            new Target("In-memory board, largest tenant vs 10k cards, ≤ 1.2×", "InMemoryBoardBenchmark.board", "tenantCards=10000", 1.2),
            // Absolute, not a ratio: a write that waits for the other tenant's publisher takes half its time per event.
            new Target("In-memory write of a tenant while another tenant's publisher takes publishMillis an event, ≤ 1 ms",
                    "SlowPublisherBenchmark.otherTenantWrite", null, 1000));

    /**
     * One measured benchmark with its parameters.
     *
     * @param name {@code Class.method}
     * @param params its parameters, {@code name=value} joined by {@code ", "} in name order
     * @param unit the scores' unit
     * @param forks each fork's iteration scores, in the order the forks ran
     * @param allocationPerOp bytes allocated per operation, or {@code null} when not measured
     */
    record Row(String name, String params, String unit, List<double[]> forks, Double allocationPerOp) {

        /** The mean of every iteration of every fork. */
        double score() {
            return forks.stream().flatMapToDouble(Arrays::stream).average().orElse(Double.NaN);
        }

        int iterations() {
            return forks.stream().mapToInt(f -> f.length).sum();
        }
    }

    /**
     * The table of figures and the targets.
     *
     * @param rows the measured rows, sorted
     * @param heading the title and the lines that say how the run ran
     */
    static String markdown(List<Row> rows, String heading) {
        StringBuilder out = new StringBuilder(heading).append("\n\n");
        out.append("| benchmark | params | forks × iterations | mean | 95% interval | unit | allocated per op |\n"
                + "|---|---|---|---:|---|---|---:|\n");
        for (Row row : rows) {
            Bootstrap.Interval mean = Bootstrap.mean(row.forks(), seed(row.name(), row.params()));
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s | %s | %s |%n", row.name(), row.params(),
                    shape(row), row.score(), range(mean, ""), row.unit(),
                    row.allocationPerOp() == null ? "" : bytes(row.allocationPerOp())));
        }
        out.append("\n## Targets\n\nA target holds only when the upper bound of its 95% interval is under the limit;"
                + " \"undecided\" means the interval straddles the limit, and does not count as held.\n\n"
                + "| target | measured | 95% interval | limit | holds | stretch | holds at the stretch |\n"
                + "|---|---:|---|---:|---|---:|---|\n");
        for (Figure figure : figures(rows)) {
            if (figure.value() == null) {
                out.append("| ").append(figure.label()).append(" | ").append(figure.missing()).append(" | | | | | |\n");
                continue;
            }
            Target target = figure.target();
            String unit = figure.unit();
            Bootstrap.Interval value = figure.value();
            out.append(String.format(Locale.ROOT, "| %s | %.3f%s | %s | %s | %s | %s | %s |%n", figure.label(), value.estimate(),
                    unit, range(value, unit), limit(target.limit(), unit), verdict(value, target.limit()),
                    limit(target.stretch(), unit), verdict(value, target.stretch())));
        }
        return out.toString();
    }

    /**
     * A target's figure in a run: a ratio to its baseline (unit {@code ×}) or a value in the benchmark's unit, with its
     * 95% interval; or, where the run has none, why.
     *
     * @param target the target
     * @param label the target's label, with the measured row's parameters when it has any
     * @param unit {@code "×"} for a ratio, otherwise a space and the benchmark's unit
     * @param value the figure and its interval, or {@code null}
     * @param missing why there is no figure ({@code not run}, {@code baseline not run}), or {@code null}
     */
    record Figure(Target target, String label, String unit, Bootstrap.Interval value, String missing) {}

    /** Every target's figures in a run, in the targets' order: one per measured parameter set. */
    static List<Figure> figures(List<Row> rows) {
        List<Figure> figures = new ArrayList<>();
        for (Target target : TARGETS) {
            List<Row> measured = rows.stream().filter(r -> r.name().equals(target.benchmark()))
                    .filter(r -> target.params() == null || Arrays.asList(r.params().split(", ")).contains(target.params()))
                    .toList();
            if (measured.isEmpty()) {
                figures.add(new Figure(target, target.label(), "", null, "not run"));
                continue;
            }
            for (Row row : measured) {
                Optional<Row> baseline = baseline(rows, target, row);
                if (target.baseline() != null && baseline.map(b -> b == row).orElse(false)) {
                    continue;
                }
                String label = target.label() + (row.params().isEmpty() ? "" : " (" + row.params() + ")");
                String unit = target.baseline() == null ? " " + row.unit() : "×";
                if (target.baseline() != null && baseline.isEmpty()) {
                    figures.add(new Figure(target, label, unit, null, "baseline not run"));
                    continue;
                }
                long seed = seed(row.name(), row.params(), target.baseline());
                Bootstrap.Interval value = baseline.map(b -> Bootstrap.ratio(row.forks(), b.forks(), seed))
                        .orElseGet(() -> Bootstrap.mean(row.forks(), seed));
                figures.add(new Figure(target, label, unit, value, null));
            }
        }
        return figures;
    }

    /** How far apart two runs' ratios may be and still count as agreeing: ±10% of the first. */
    static final double AGREEMENT = 0.10;

    /**
     * How far two runs' ratios agree: every ratio to a baseline both measured, the second run's over the first's, and
     * how many lie within ±10% of each other (what two quick runs in a row are asked to show). The point estimates are
     * compared; their intervals are shown beside them.
     *
     * @param first the first run's rows
     * @param second the second run's rows
     * @param heading the title and the lines that name the runs
     * @return the markdown table, a count first
     */
    static String comparison(List<Row> first, List<Row> second, String heading) {
        Map<String, Figure> before = new LinkedHashMap<>();
        figures(first).stream().filter(f -> f.value() != null && f.unit().equals("×")).forEach(f -> before.put(f.label(), f));
        StringBuilder table = new StringBuilder("| ratio | first run | 95% interval | second run | 95% interval | second / first |"
                + " within ±10% |\n|---|---:|---|---:|---|---:|---|\n");
        int compared = 0;
        List<String> apart = new ArrayList<>();
        for (Figure after : figures(second)) {
            Figure earlier = before.get(after.label());
            if (earlier == null || after.value() == null) {
                continue;
            }
            compared++;
            double change = after.value().estimate() / earlier.value().estimate() - 1;
            boolean agrees = Math.abs(change) <= AGREEMENT;
            if (!agrees) {
                apart.add(String.format(Locale.ROOT, "%s (%+.1f%%)", after.label(), 100 * change));
            }
            table.append(String.format(Locale.ROOT, "| %s | %.3f× | %s | %.3f× | %s | %+.1f%% | %s |%n", after.label(),
                    earlier.value().estimate(), range(earlier.value(), "×"), after.value().estimate(),
                    range(after.value(), "×"), 100 * change, agrees ? "yes" : "**no**"));
        }
        StringBuilder out = new StringBuilder(heading).append("\n\n");
        out.append(String.format(Locale.ROOT, "**%d of %d** ratios within ±%.0f%% of each other.%s%n%n", compared - apart.size(),
                compared, 100 * AGREEMENT, apart.isEmpty() ? "" : " Apart: " + String.join("; ", apart) + "."));
        return out.append(table).toString();
    }

    /**
     * Whether an interval is under a limit: {@code yes} when its upper bound is, {@code **no**} when its lower bound is
     * above it, {@code **undecided**} otherwise; a dash where there is no limit.
     */
    static String verdict(Bootstrap.Interval value, double limit) {
        if (Double.isNaN(limit)) {
            return "–";
        }
        if (value.upper() < limit) {
            return "yes";
        }
        return value.lower() > limit ? "**no**" : "**undecided**";
    }

    /** The row a target compares a row with: another benchmark with the same parameters, or a parameter swapped. */
    private static Optional<Row> baseline(List<Row> rows, Target target, Row row) {
        if (target.baseline() == null) {
            return Optional.empty();
        }
        if (!target.baseline().contains("=")) {
            return rows.stream().filter(b -> b.name().equals(target.baseline()) && b.params().equals(row.params())).findFirst();
        }
        String name = target.baseline().substring(0, target.baseline().indexOf('='));
        String swapped = String.join(", ", Arrays.stream(row.params().split(", "))
                .map(p -> p.startsWith(name + "=") ? target.baseline() : p).toList());
        return rows.stream().filter(b -> b.name().equals(row.name()) && b.params().equals(swapped)).findFirst();
    }

    /** A fixed seed per figure: the same data gives the same report. */
    private static long seed(String... parts) {
        return String.join("|", Arrays.stream(parts).map(String::valueOf).toList()).hashCode();
    }

    private static String shape(Row row) {
        int first = row.forks().get(0).length;
        boolean even = row.forks().stream().allMatch(f -> f.length == first);
        return even ? row.forks().size() + " × " + first : row.forks().size() + " forks, " + row.iterations() + " iterations";
    }

    private static String range(Bootstrap.Interval interval, String unit) {
        return String.format(Locale.ROOT, "%.3f–%.3f%s", interval.lower(), interval.upper(), unit.equals("×") ? "×" : "");
    }

    private static String limit(double limit, String unit) {
        return Double.isNaN(limit) ? "–" : String.format(Locale.ROOT, "%.2f%s", limit, unit);
    }

    private static String bytes(double value) {
        return value >= 1_048_576 ? String.format(Locale.ROOT, "%.1f MiB", value / 1_048_576)
                : value >= 1024 ? String.format(Locale.ROOT, "%.1f KiB", value / 1024) : String.format(Locale.ROOT, "%.0f B", value);
    }
}
