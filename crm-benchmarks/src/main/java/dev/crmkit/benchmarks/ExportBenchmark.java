package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.io.StatisticsExport;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The XLSX export of the agenda listing (every entry created in a year, 1M rows in the full run) on PostgreSQL,
 * in a JVM whose heap is capped at 256 MiB (target: the export fits in 256 MiB; an export that kept its rows
 * would fail with an OutOfMemoryError). The library (listing read page by page, written by
 * {@link StatisticsExport}) beside a JDBC baseline streaming the same columns from one cursor into fastexcel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = "-Xmx256m")
public class ExportBenchmark {

    private CrmSession admin;
    private LocalDate from;
    private LocalDate to;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAgenda db) {
        admin = db.as(0);
        to = LocalDate.now();
        from = to.minusDays(366);
    }

    /**
     * @return the bytes written
     */
    @Benchmark
    public long library() {
        Counting out = new Counting();
        new StatisticsExport(Locale.forLanguageTag("pt-BR")).writeXlsx(admin.reports().agendaListing(from, to), out);
        return out.count;
    }

    /**
     * @param db the database
     * @return the bytes written
     */
    @Benchmark
    public long jdbc(PostgresAgenda db) throws SQLException, IOException {
        Counting out = new Counting();
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement("select e.created_at, a.legal_name, t.name, u.display_name, e.status,"
                    + " e.schedule_at, e.schedule_on, e.description from crm_agenda_entry e"
                    + " join crm_account a on a.tenant_id = e.tenant_id and a.id = e.account_id"
                    + " left join crm_catalog_entry t on t.tenant_id = e.tenant_id and t.id = e.type_id"
                    + " join crm_user u on u.tenant_id = e.tenant_id and u.user_id = e.user_id"
                    + " where e.tenant_id = ? and e.created_at >= ? and e.created_at < ? order by e.created_at, e.id")) {
                s.setFetchSize(1_000);
                s.setString(1, Dataset.tenant(0).value());
                s.setTimestamp(2, Timestamp.from(from.atStartOfDay(zone).toInstant()));
                s.setTimestamp(3, Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
                Workbook workbook = new Workbook(out, "baseline", "1.0");
                Worksheet sheet = workbook.newWorksheet("Agenda");
                int r = 1;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sheet.value(r, 0, LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), zone));
                        sheet.style(r, 0).format("yyyy-mm-dd hh:mm").set();
                        sheet.value(r, 1, rs.getString(2));
                        sheet.value(r, 3, rs.getString(3));
                        sheet.value(r, 4, rs.getString(4));
                        sheet.value(r, 5, rs.getString(5));
                        LocalDateTime at = rs.getObject(6, LocalDateTime.class);
                        if (at != null) {
                            sheet.value(r, 6, at);
                            sheet.style(r, 6).format("yyyy-mm-dd hh:mm").set();
                        } else if (rs.getObject(7) != null) {
                            sheet.value(r, 6, rs.getObject(7, LocalDate.class));
                            sheet.style(r, 6).format("yyyy-mm-dd").set();
                        }
                        String description = rs.getString(8);
                        sheet.value(r, 7, description);
                        if (description != null && StatisticsExport.startsAsFormula(description)) {
                            sheet.style(r, 7).format("@").set();
                        }
                        if (++r % 1_000 == 0) {
                            sheet.flush();
                        }
                    }
                }
                workbook.finish();
            }
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
        }
        return out.count;
    }

    /** Discards the bytes, counting them. */
    private static final class Counting extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
