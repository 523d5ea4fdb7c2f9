package dev.crmkit.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The markdown table of a run: every figure, then each target with its ratio and whether it holds. */
final class Report {

    private Report() {}

    /**
     * A target of the issue, checked against a run.
     *
     * @param label what it says
     * @param benchmark the measured benchmark ({@code Class.method}); each parameter set is checked on its own
     * @param baseline the baseline it is compared with ({@code Class.method}, or {@code param=value}: the same
 *     benchmark with that parameter, the others equal), or {@code null} for an absolute limit
     * @param limit the largest ratio (or, with no baseline, the largest score in the benchmark's unit); NaN for a
 *     figure the issue sets no target for
     */
    record Target(String label, String benchmark, String baseline, double limit) {}

    /** The targets that the benchmarks of this module measure. */
    static final List<Target> TARGETS = List.of(
            new Target("Account query on PostgreSQL, first page, ≤ 1.5× JDBC", "AccountQueryBenchmark.libraryFirstPage",
                    "AccountQueryBenchmark.jdbcFirstPage", 1.5),
            new Target("Account query on PostgreSQL, deep keyset page, ≤ 1.5× JDBC", "AccountQueryBenchmark.libraryDeepPage",
                    "AccountQueryBenchmark.jdbcDeepPage", 1.5),
            new Target("Account profile on PostgreSQL, ≤ 1.5× JDBC", "AccountProfileBenchmark.library",
                    "AccountProfileBenchmark.jdbc", 1.5),
            new Target("Board on PostgreSQL, ≤ 1.5× JDBC", "BoardBenchmark.library", "BoardBenchmark.jdbc", 1.5),
            new Target("Board on PostgreSQL, 1M-card tenant vs 10k, ≤ 1.2×", "BoardBenchmark.library", "tenantCards=10000", 1.2),
            new Target("Bulk import, time ≤ 2× a JDBC batch insert (throughput ≥ 50%)", "BulkImportBenchmark.library",
                    "BulkImportBenchmark.jdbc", 2.0),
            new Target("Pending tasks of one user on PostgreSQL, ≤ 1.5× JDBC", "PendingTasksBenchmark.library",
                    "PendingTasksBenchmark.jdbc", 1.5),
            new Target("XLSX export of the agenda listing, ratio to JDBC (no ratio target; the fork's heap is capped at 256 MiB, so"
                    + " needing more fails the run)",
                    "ExportBenchmark.library", "ExportBenchmark.jdbc", Double.NaN),
            new Target("Move card on PostgreSQL, ratio to JDBC (no target)", "MoveCardBenchmark.library", "MoveCardBenchmark.jdbc",
                    Double.NaN),
            new Target("Create account on PostgreSQL, ratio to JDBC (no target)", "CreateAccountBenchmark.library",
                    "CreateAccountBenchmark.jdbc", Double.NaN),
            new Target("In-memory account query, first page of 50, ≤ 5 ms", "InMemoryAccountQueryBenchmark.firstPage", null, 5),
            new Target("In-memory account query, deep keyset page, ≤ 5 ms", "InMemoryAccountQueryBenchmark.deepPage", null, 5),
            new Target("In-memory board, largest tenant vs 10k cards, ≤ 1.2×", "InMemoryBoardBenchmark.board", "tenantCards=10000", 1.2),
            // Absolute, not a ratio: a write that waits for the other tenant's publisher takes half its time per event.
            new Target("In-memory write of a tenant while another tenant's publisher takes publishMillis an event, ≤ 1 ms",
                    "SlowPublisherBenchmark.otherTenantWrite", null, 1000));

    /** One measured benchmark with its parameters. */
    record Row(String name, String params, double score, double error, String unit, Double allocationPerOp) {}

    static String markdown(List<RunResult> results, String mode) {
        return markdown(rows(results), mode, Instant.now());
    }

    /** The table of figures and the targets, from rows already read out of JMH's results. */
    static String markdown(List<Row> rows, String mode, Instant at) {
        StringBuilder out = new StringBuilder();
        out.append("# CRM Kit benchmarks (").append(mode).append(" run)\n\n");
        out.append(String.format(Locale.ROOT, "%s, %d cores, Java %s (%s)%n%n", at,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name")));
        if (mode.equals("quick")) {
            out.append("Quick run: the timed benchmarks share one JVM (no fork; the library sides of the account profile and"
                    + " the account query are run unmeasured for 6 s each beforehand), 3 s of warm-up and 3 s of measurement"
                    + " each, on smaller datasets; the figures are indicative and the error bars wide. The full run (2 forks,"
                    + " 20 s of warm-up, 20 s of measurement, the issue's sizes) is the reference.\n\n");
        }
        out.append("| benchmark | params | score | ± error | unit | allocated per op |\n|---|---|---:|---:|---|---:|\n");
        for (Row row : rows) {
            // JMH has no error bar for fewer than two measured iterations (a single-shot run of one fork's two shots
            // has one); a dash says so where NaN would not.
            out.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %s | %s | %s |%n", row.name(), row.params(), row.score(),
                    Double.isNaN(row.error()) ? "–" : String.format(Locale.ROOT, "%.3f", row.error()), row.unit(),
                    row.allocationPerOp() == null ? "" : bytes(row.allocationPerOp())));
        }
        out.append("\n## Targets\n\n| target | measured | limit | holds |\n|---|---:|---:|---|\n");
        for (Target target : TARGETS) {
            List<Row> measured = rows.stream().filter(r -> r.name().equals(target.benchmark())).toList();
            if (measured.isEmpty()) {
                out.append("| ").append(target.label()).append(" | not run | | |\n");
                continue;
            }
            for (Row row : measured) {
                Optional<Row> baseline = baseline(rows, target, row);
                if (target.baseline() != null && baseline.map(b -> b == row).orElse(false)) {
                    continue;
                }
                Optional<Double> value = target.baseline() == null ? Optional.of(row.score())
                        : baseline.map(b -> row.score() / b.score());
                String label = target.label() + (row.params().isEmpty() ? "" : " (" + row.params() + ")");
                String unit = target.baseline() == null ? " " + row.unit() : "×";
                out.append(value.map(v -> String.format(Locale.ROOT, "| %s | %.3f%s | %s | %s |%n", label, v, unit,
                                Double.isNaN(target.limit()) ? "–" : String.format(Locale.ROOT, "%.2f%s", target.limit(), unit),
                                Double.isNaN(target.limit()) ? "–" : v <= target.limit() ? "yes" : "**no**"))
                        .orElse("| " + label + " | baseline not run | | |\n"));
            }
        }
        return out.toString();
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

    private static List<Row> rows(List<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.', params.getBenchmark()
                    .lastIndexOf('.') - 1) + 1);
            Map<String, String> values = new TreeMap<>();
            for (String key : params.getParamsKeys()) {
                values.put(key, params.getParam(key));
            }
            String described = String.join(", ", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            Result<?> primary = run.getPrimaryResult();
            // JMH names it "gc.alloc.rate.norm" (1.37) or "·gc.alloc.rate.norm" (before).
            Result<?> allocation = run.getSecondaryResults().entrySet().stream()
                    .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm")).map(Map.Entry::getValue).findFirst().orElse(null);
            rows.add(new Row(name, described, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    allocation == null ? null : allocation.getScore()));
        }
        rows.sort(Comparator.comparing(Row::name).thenComparing(Row::params));
        return rows;
    }

    private static String bytes(double value) {
        return value >= 1_048_576 ? String.format(Locale.ROOT, "%.1f MiB", value / 1_048_576)
                : value >= 1024 ? String.format(Locale.ROOT, "%.1f KiB", value / 1024) : String.format(Locale.ROOT, "%.0f B", value);
    }
}
