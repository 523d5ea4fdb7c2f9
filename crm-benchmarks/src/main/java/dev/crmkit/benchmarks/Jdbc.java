package dev.crmkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the JDBC baselines share: a statement's rows read whole, every column, as a plain baseline would; and the
 * writes' common parts, each the rows the library writes for the same change (the acting user's check, history
 * entries, timeline entries, outbox events).
 */
final class Jdbc {

    private Jdbc() {}

    static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** A transaction's body. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs a write in one transaction: committed when it returns, rolled back when it throws; the connection goes
     * back to the pool in auto-commit mode either way.
     */
    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The instant of a write, at the precision PostgreSQL keeps (the library's too). */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The metadata of a baseline's event. */
    static EventMeta meta(TenantId tenant, UserId actor, Instant now) {
        return new EventMeta(EventId.newId(), tenant, actor, now);
    }

    /** Whether a statement finds a row. */
    static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Refuses the write unless a statement finds a row. */
    static void require(Connection c, String what, String sql, Object... params) throws SQLException {
        if (!exists(c, sql, params)) {
            throw new IllegalStateException("not found: " + what);
        }
    }

    /**
     * The acting user, as every use case of the library starts: an unknown or inactive user can do nothing.
     *
     * @return whether the user administers the tenant
     */
    static boolean actingUser(Connection c, TenantId tenant, UserId user) throws SQLException {
        return acting(c, tenant, user).admin();
    }

    /**
     * The acting user as a use case that writes history needs it: whether they administer the tenant, and their name,
     * which the history keeps as it is at the time.
     *
     * @param admin whether the user administers the tenant
     * @param name the user's display name
     */
    record Acting(boolean admin, String name) {}

    /** The acting user, read by the one statement that checks them, their name included. */
    static Acting acting(Connection c, TenantId tenant, UserId user) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select admin, scope, display_name from crm_user where tenant_id = ?"
                + " and user_id = ? and active")) {
            s.setString(1, tenant.value());
            s.setString(2, user.value());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("unknown or inactive user " + user.value());
                }
                if (!"ALL".equals(rs.getString(2))) {
                    // The baselines act for users who see every account; a narrower scope needs the account's
                    // responsibles, which no baseline reads.
                    throw new IllegalStateException("the baselines act for users who see every account");
                }
                return new Acting(rs.getBoolean(1), rs.getString(3));
            }
        }
    }

    /** Refuses a user who neither uses the pipeline nor administers the tenant. */
    static void pipelineUser(Connection c, TenantId tenant, UserId user, boolean admin, UUID pipeline) throws SQLException {
        if (!admin) {
            require(c, "pipeline user", "select 1 from crm_pipeline_user where tenant_id = ? and pipeline_id = ? and user_id = ?",
                    tenant.value(), pipeline, user.value());
        }
    }

    /**
     * Refuses a reference to a user who does not exist or is inactive (a salesperson, a responsible).
     *
     * @return the users' names by id, for the history
     */
    static Map<String, String> activeUsers(Connection c, TenantId tenant, List<UserId> users) throws SQLException {
        Map<String, String> names = new HashMap<>();
        if (users.isEmpty()) {
            return names;
        }
        try (PreparedStatement s = c.prepareStatement("select user_id, display_name from crm_user where tenant_id = ?"
                + " and user_id = any (?) and active")) {
            s.setString(1, tenant.value());
            s.setArray(2, c.createArrayOf("varchar", users.stream().map(UserId::value).distinct().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
                if (names.size() != users.stream().distinct().count()) {
                    throw new IllegalStateException("unknown or inactive user among " + users);
                }
            }
        }
        return names;
    }

    /**
     * One pipeline history entry per changed field, numbered in order, as the library writes them: with the actor's
     * name and the names the values refer to (stages, labels, users, accounts), taken from what the use case read.
     */
    static void history(Connection c, DomainEvent event, PipelineId pipeline, UUID card, List<FieldChange> changes,
            String actorName, Map<String, String> names) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into crm_pipeline_history (tenant_id, id, pipeline_id, card_id,"
                + " event_id, entry_index, actor, occurred_at, field, old_value, new_value, actor_name, old_name, new_name)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < changes.size(); i++) {
                s.setString(1, event.meta().tenantId().value());
                s.setObject(2, HistoryEntryId.newId().value());
                s.setObject(3, pipeline.value());
                s.setObject(4, card);
                s.setObject(5, event.meta().eventId().value());
                s.setInt(6, i);
                s.setString(7, event.meta().actor().value());
                s.setTimestamp(8, Timestamp.from(event.meta().occurredAt()));
                s.setString(9, changes.get(i).field());
                s.setString(10, changes.get(i).oldValue());
                s.setString(11, changes.get(i).newValue());
                s.setString(12, actorName);
                s.setString(13, nameOf(changes.get(i).field(), changes.get(i).oldValue(), names));
                s.setString(14, nameOf(changes.get(i).field(), changes.get(i).newValue(), names));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The names a field's value refers to, as the library keeps them; {@code null} when it names nothing known. */
    private static String nameOf(String field, String value, Map<String, String> names) {
        boolean named = switch (field) {
            case "stageId", "stages", "labels", "baseCard.labels", "members", "salespersonId", "users", "baseCard.members",
                    "accountId" -> true;
            default -> false;
        };
        if (!named || value == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (String id : value.split(", ")) {
            String name = names.get(id);
            any |= name != null;
            parts.add(name == null ? id : name);
        }
        return any ? String.join(", ", parts) : null;
    }

    /** The ids and names of the stages or labels of a pipeline's row (a JSON array of objects with an id and a name). */
    static Map<String, String> names(String json) {
        Map<String, String> names = new HashMap<>();
        try {
            for (JsonNode node : MAPPER.readTree(json)) {
                names.put(node.get("id").asText(), node.get("name").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The event's entry in an account's timeline, with the actor's name at the time. */
    static void timeline(Connection c, DomainEvent event, AccountId account, String payload, String actorName)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into crm_timeline (tenant_id, account_id, event_id, occurred_at,"
                + " payload, actor_name) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, event.meta().tenantId().value());
            s.setObject(2, account.value());
            s.setObject(3, event.meta().eventId().value());
            s.setTimestamp(4, Timestamp.from(event.meta().occurredAt()));
            s.setString(5, payload);
            s.setString(6, actorName);
            s.executeUpdate();
        }
    }

    /** The event in the outbox, for the relay after the commit ({@link JdbcRelay}). */
    static void outbox(Connection c, DomainEvent event, String payload) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into crm_outbox (tenant_id, event_id, aggregate_type, aggregate_id, payload) values (?, ?, ?, ?, ?)")) {
            s.setString(1, event.meta().tenantId().value());
            s.setObject(2, event.meta().eventId().value());
            s.setString(3, event.aggregate().type());
            s.setString(4, event.aggregate().id());
            s.setString(5, payload);
            s.executeUpdate();
        }
    }
}
