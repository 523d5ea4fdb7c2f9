package dev.crmkit.benchmarks;

import dev.crmkit.event.DomainEvent;
import dev.crmkit.io.CrmJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The JDBC baselines' event delivery, run after their commit as the library's relay runs after its own: the committing
 * tenant's oldest due outbox rows a batch at a time (leaving out the aggregates a refused event holds back), read
 * through the schema's {@code crm_outbox_due} function as the library reads them, each
 * payload read back into its event for the publisher, then deleted by tenant and id. Without it a baseline's events
 * would wait in the outbox for the library's next relay, which would then pay for them.
 */
final class JdbcRelay {

    private static final int BATCH = 256;

    private final CrmJson json = new CrmJson();

    /**
     * Hands every waiting event over and deletes it.
     *
     * @param c a connection in auto-commit mode, outside the baseline's own transaction
     * @param tenant the committing tenant
     * @return the events handed over
     */
    List<DomainEvent> relay(Connection c, String tenant) throws SQLException {
        List<DomainEvent> delivered = new ArrayList<>();
        while (true) {
            List<UUID> ids = new ArrayList<>(BATCH);
            // The schema's function for this read, as the library's relay calls it: the plain statement, planned with
            // the statistics of a nearly empty outbox, visits and sorts every waiting event for each batch.
            try (PreparedStatement s = c.prepareStatement("select o.payload, o.attempts from crm_outbox_due(?, ?, ?) o")) {
                s.setString(1, tenant);
                s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                s.setInt(3, BATCH);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        DomainEvent event = json.readEvent(rs.getString(1));
                        delivered.add(event);
                        ids.add(event.meta().eventId().value());
                    }
                }
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("delete from crm_outbox where tenant_id = ? and event_id = any (?)")) {
                    s.setString(1, tenant);
                    s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                    s.executeUpdate();
                }
            }
            if (ids.size() < BATCH) {
                return delivered;
            }
        }
    }
}
