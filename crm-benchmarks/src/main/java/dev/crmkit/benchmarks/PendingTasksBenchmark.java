package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.agenda.TaskList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One user's pending tasks on PostgreSQL (overdue, today, later, unscheduled, in the tenant's zone), the library
 * beside a JDBC baseline that reads the same entries and sorts them into the same groups.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PendingTasksBenchmark {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private CrmSession user;

    /**
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAgenda db) {
        user = db.as(5);
    }

    /**
     * @return the task list
     */
    @Benchmark
    public TaskList library() {
        return user.agenda().tasks(Dataset.user(5));
    }

    /**
     * @param db the database
     * @return the four groups
     */
    @Benchmark
    public List<List<Object[]>> jdbc(PostgresAgenda db) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZONE);
        LocalDate today = now.toLocalDate();
        List<List<Object[]>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement("select * from crm_user where tenant_id = ? and user_id = ?")) {
                s.setString(1, Dataset.tenant(0).value());
                s.setString(2, Dataset.user(5).value());
                s.executeQuery().close();
            }
            try (PreparedStatement s = c.prepareStatement("select * from crm_agenda_entry where tenant_id = ? and user_id = ?"
                    + " and status = 'PENDING'")) {
                s.setString(1, Dataset.tenant(0).value());
                s.setString(2, Dataset.user(5).value());
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        LocalDateTime at = rs.getObject("schedule_at", LocalDateTime.class);
                        LocalDate on = rs.getObject("schedule_on", LocalDate.class);
                        int group = at != null ? (at.isBefore(now) ? 0 : at.toLocalDate().equals(today) ? 1 : 2)
                                : on != null ? (on.isBefore(today) ? 0 : on.equals(today) ? 1 : 2) : 3;
                        groups.get(group).add(row);
                    }
                }
            }
            c.commit();
            // The pool lends its connections on as they come back: the next may be a write.
            c.setReadOnly(false);
        }
        Comparator<Object[]> bySchedule = Comparator.comparing(r -> String.valueOf(r[7] != null ? r[7] : r[8]));
        groups.forEach(g -> g.sort(bySchedule));
        return groups;
    }
}
