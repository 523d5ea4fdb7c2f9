package dev.crmkit.benchmarks;

import dev.crmkit.event.DomainEvent;
import dev.crmkit.io.CrmJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The JDBC baselines' event delivery, run after their commit as the library's relay runs after its own: the oldest
 * outbox rows a batch at a time, each payload read back into its event for the publisher, then deleted. Without
 * it a baseline's events would wait in the outbox for the library's next relay, which would then pay for them.
 */
final class JdbcRelay {

    private static final int BATCH = 256;

    private final CrmJson json = new CrmJson();

    /**
     * Hands every waiting event over and deletes it.
     *
     * @param c a connection in auto-commit mode, outside the baseline's own transaction
     * @return the events handed over
     */
    List<DomainEvent> relay(Connection c) throws SQLException {
        List<DomainEvent> delivered = new ArrayList<>();
        while (true) {
            List<UUID> ids = new ArrayList<>(BATCH);
            try (PreparedStatement s = c.prepareStatement("select payload from crm_outbox order by seq fetch first ? rows only")) {
                s.setInt(1, BATCH);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        DomainEvent event = json.readEvent(rs.getString(1));
                        delivered.add(event);
                        ids.add(event.meta().eventId().value());
                    }
                }
            }
            if (!ids.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("delete from crm_outbox where event_id = any (?)")) {
                    s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                    s.executeUpdate();
                }
            }
            if (ids.size() < BATCH) {
                return delivered;
            }
        }
    }
}
