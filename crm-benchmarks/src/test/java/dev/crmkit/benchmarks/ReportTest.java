package dev.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The markdown table: ratios against the baselines, the verdicts, and dashes where a figure does not exist. */
class ReportTest {

    private static final Instant AT = Instant.parse("2026-11-30T20:00:00Z");

    @Test
    void givenALibraryAndItsBaseline_whenReported_thenTheRatioIsJudgedAgainstItsLimit() {
        String table = Report.markdown(List.of(
                new Report.Row("AccountProfileBenchmark.jdbc", "dbAccounts=20000", 2.0, 0.1, "ms/op", 1024.0),
                new Report.Row("AccountProfileBenchmark.library", "dbAccounts=20000", 3.2, 0.2, "ms/op", 2048.0)),
                "full", AT);

        assertThat(table).contains("| AccountProfileBenchmark.library | dbAccounts=20000 | 3.200 | 0.200 | ms/op | 2.0 KiB |")
                .contains("| Account profile on PostgreSQL, ≤ 1.5× JDBC (dbAccounts=20000) | 1.600× | 1.50× | **no** |")
                .contains("| Account query on PostgreSQL, first page, ≤ 1.5× JDBC | not run | | |");
    }

    @Test
    void givenAPairWithoutATargetAndASingleShotWithoutAnErrorBar_whenReported_thenDashesStandForThem() {
        String table = Report.markdown(List.of(
                new Report.Row("MoveCardBenchmark.jdbc", "tenantCards=10000", 0.8, 0.1, "ms/op", null),
                new Report.Row("MoveCardBenchmark.library", "tenantCards=10000", 3.2, 0.5, "ms/op", null),
                new Report.Row("BulkImportBenchmark.jdbc", "rows=5000", 2.0, Double.NaN, "s/op", null),
                new Report.Row("BulkImportBenchmark.library", "rows=5000", 3.0, Double.NaN, "s/op", null)),
                "quick", AT);

        assertThat(table).doesNotContain("NaN")
                .contains("| BulkImportBenchmark.library | rows=5000 | 3.000 | – | s/op |  |")
                .contains("| Move card on PostgreSQL, ratio to JDBC (no target) (tenantCards=10000) | 4.000× | – | – |")
                .contains("(throughput ≥ 50%) (rows=5000) | 1.500× | 2.00× | yes |");
    }
}
