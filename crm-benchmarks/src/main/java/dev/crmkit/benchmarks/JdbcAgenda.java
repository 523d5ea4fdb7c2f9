package dev.crmkit.benchmarks;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.io.CrmJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The JDBC baselines' agenda writes: the rows the library writes for the same command (the entry, the account's
 * timeline entry, the outbox event), in one transaction of plain statements. The caller delivers the events after
 * the commit ({@link JdbcRelay}). Within what the benchmarks use: entries that do not recur, an acting user who
 * sees every account.
 */
final class JdbcAgenda {

    private final CrmJson json = new CrmJson();

    /**
     * Concludes a pending entry at the version the caller saw.
     *
     * @return the entry's version after it
     */
    long conclude(Connection c, TenantId tenant, UserId actor, UUID entry, long expectedVersion) throws SQLException {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(c, () -> {
            String actorName = Jdbc.acting(c, tenant, actor).name();
            UUID account;
            String description;
            String status;
            long version;
            try (PreparedStatement s = c.prepareStatement("select account_id, description, status, recurrence_unit, version"
                    + " from crm_agenda_entry where tenant_id = ? and id = ? for no key update")) {
                s.setString(1, tenant.value());
                s.setObject(2, entry);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no such entry " + entry);
                    }
                    if (rs.getString(4) != null) {
                        throw new IllegalStateException("the baseline concludes entries that do not recur");
                    }
                    account = rs.getObject(1, UUID.class);
                    description = rs.getString(2);
                    status = rs.getString(3);
                    version = rs.getLong(5);
                }
            }
            if (version != expectedVersion) {
                throw new IllegalStateException("stale entry");
            }
            if (status.equals("CONCLUDED")) {
                return version;
            }
            try (PreparedStatement s = c.prepareStatement("update crm_agenda_entry set status = 'CONCLUDED', concluded_at = ?,"
                    + " modified_at = ?, version = version + 1 where tenant_id = ? and id = ? and version = ?")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setTimestamp(2, Timestamp.from(now));
                s.setString(3, tenant.value());
                s.setObject(4, entry);
                s.setLong(5, version);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("stale entry");
                }
            }
            AgendaEvent.AgendaEntryConcluded event = new AgendaEvent.AgendaEntryConcluded(Jdbc.meta(tenant, actor, now),
                    new AgendaEntryId(entry), new AccountId(account), AgendaEvent.summary(description));
            String payload = json.writeEvent(event);
            Jdbc.timeline(c, event, new AccountId(account), payload, actorName);
            Jdbc.outbox(c, event, payload);
            return version + 1;
        });
    }
}
