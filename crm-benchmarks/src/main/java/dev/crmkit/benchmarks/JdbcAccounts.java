package dev.crmkit.benchmarks;

import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.NameSimilarity;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.io.CrmJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The JDBC baselines' account writes: the rows the library writes for the same command (the account and its parts,
 * the timeline entry, the outbox event), in one transaction of plain statements. The caller delivers the events
 * after the commit ({@link JdbcRelay}). The acting user sees every account.
 */
final class JdbcAccounts {

    private final CrmJson json = new CrmJson();
    private final JdbcAccountWriter writer = new JdbcAccountWriter();

    /** A new account and the accounts whose names are like its name. */
    record Created(UUID id, List<UUID> similar) {}

    /**
     * Creates an account after checking its users and finding the similar names (the adapter's own statement over
     * the name trigrams, the five most similar).
     *
     * @return the account and its similar names
     */
    Created create(Connection c, TenantId tenant, UserId actor, CreateAccount command) throws SQLException {
        Set<UserId> responsibles = command.responsibles() == null || command.responsibles().isEmpty() ? Set.of(actor)
                : command.responsibles();
        Account account = Account.create(command.classification() == null ? Classification.LEAD : command.classification(),
                command.details(), responsibles, actor, Jdbc.now());
        return Jdbc.inTransaction(c, () -> {
            String actorName = Jdbc.acting(c, tenant, actor).name();
            List<UserId> users = new ArrayList<>(responsibles);
            if (command.details().customer() != null && command.details().customer().salespersonId() != null) {
                users.add(command.details().customer().salespersonId());
            }
            Jdbc.activeUsers(c, tenant, users);
            List<UUID> similar = new ArrayList<>();
            var trigrams = NameSimilarity.trigrams(account.details().legalName());
            try (PreparedStatement s = c.prepareStatement("select a.id, a.legal_name, s.similarity from crm_account a join ("
                    + "select t.account_id, max(cast(t.common as double precision) / (? + t.total - t.common)) as similarity"
                    + " from (select account_id, name_part, count(*) as common, min(trigram_count) as total"
                    + " from crm_account_name_trigram where tenant_id = ? and trigram = any(?)"
                    + " group by account_id, name_part) t group by t.account_id) s on s.account_id = a.id"
                    + " where a.tenant_id = ? and s.similarity >= ? order by s.similarity desc, a.id limit 5")) {
                s.setInt(1, trigrams.size());
                s.setString(2, tenant.value());
                s.setArray(3, c.createArrayOf("varchar", trigrams.toArray()));
                s.setString(4, tenant.value());
                s.setDouble(5, NameSimilarity.THRESHOLD);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        similar.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            writer.insert(c, tenant, actor, actorName, List.of(account));
            return new Created(account.id().value(), similar);
        });
    }

    /**
     * Classifies an account at the version the caller saw.
     *
     * @return the account's version after it
     */
    long classify(Connection c, TenantId tenant, UserId actor, UUID id, Classification to, long expectedVersion)
            throws SQLException {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(c, () -> {
            String actorName = Jdbc.acting(c, tenant, actor).name();
            Classification from;
            long version;
            try (PreparedStatement s = c.prepareStatement("select classification, version from crm_account"
                    + " where tenant_id = ? and id = ? for no key update")) {
                s.setString(1, tenant.value());
                s.setObject(2, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no such account " + id);
                    }
                    from = Classification.valueOf(rs.getString(1));
                    version = rs.getLong(2);
                }
            }
            if (version != expectedVersion) {
                throw new IllegalStateException("stale account");
            }
            if (from == to) {
                return version;
            }
            try (PreparedStatement s = c.prepareStatement("update crm_account set classification = ?, updated_at = ?,"
                    + " version = version + 1 where tenant_id = ? and id = ? and version = ?")) {
                s.setString(1, to.name());
                s.setTimestamp(2, Timestamp.from(now));
                s.setString(3, tenant.value());
                s.setObject(4, id);
                s.setLong(5, version);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("stale account");
                }
            }
            AccountEvent.AccountClassified event = new AccountEvent.AccountClassified(Jdbc.meta(tenant, actor, now),
                    new AccountId(id), from, to);
            String payload = json.writeEvent(event);
            Jdbc.timeline(c, event, event.accountId(), payload, actorName);
            Jdbc.outbox(c, event, payload);
            return version + 1;
        });
    }
}
