package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import dev.crmkit.consent.Consent;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentSettings;
import dev.crmkit.consent.ConsentState;
import dev.crmkit.consent.ConsentSubject;
import dev.crmkit.spi.ConsentRepository;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Consent decisions, opt-out tokens and the rule of consent, in plain JDBC statements on the unit of work's
 * connection, each pinning {@code tenant_id}: rows only ever added (decisions, tokens) or replaced whole (the rule),
 * with nothing for Hibernate to track.
 */
final class JpaConsents implements ConsentRepository {

    private static final String INSERT = "insert into crm_consent (tenant_id, account_id, contact_id, channel, state, source,"
            + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TOKEN = "insert into crm_consent_token (tenant_id, token_hash, account_id, contact_id,"
            + " channel, issued_at) values (?, ?, ?, ?, ?, ?)";

    private final JpaUnitOfWork uow;

    JpaConsents(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void insert(Consent consent) {
        uow.insertBatch(INSERT, List.of(consent), (statement, row) -> {
            statement.setString(1, uow.tenant);
            statement.setObject(2, row.subject().accountId().value());
            statement.setObject(3, row.subject().contactId() == null ? null : row.subject().contactId().value());
            statement.setString(4, row.channel().name());
            statement.setString(5, row.state().name());
            statement.setString(6, row.source());
            JpaUnitOfWork.setInstant(statement, 7, row.recordedAt());
            statement.setString(8, row.recordedBy() == null ? null : row.recordedBy().value());
        });
    }

    @Override
    public List<Consent> ofAccount(AccountId accountId) {
        return new SqlQuery().append("select c.account_id, c.contact_id, c.channel, c.state, c.source, c.recorded_at,"
                        + " c.recorded_by from crm_consent c where c.tenant_id = :tenant and c.account_id = :account"
                        + " order by c.seq", "tenant", uow.tenant)
                .bind("account", accountId.value())
                .rows(uow, 0, rs -> {
                    String by = rs.getString(7);
                    return Consent.builder(subject(rs, 1), ConsentChannel.valueOf(rs.getString(3)),
                                    ConsentState.valueOf(rs.getString(4)))
                            .source(rs.getString(5))
                            .recordedAt(SqlQuery.instant(rs, 6))
                            .recordedBy(by == null ? null : UserId.of(by))
                            .build();
                });
    }

    /** One statement for all the accounts (a campaign's launch reads a chunk of its members' accounts at once). */
    @Override
    public List<Consent> ofAccounts(java.util.Collection<AccountId> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        InList in = uow.uuids("accounts", accountIds.stream().map(AccountId::value).toList());
        return in.bind(new SqlQuery().append("select c.account_id, c.contact_id, c.channel, c.state, c.source, c.recorded_at,"
                        + " c.recorded_by from crm_consent c where c.tenant_id = :tenant and " + in.in("c.account_id")
                        + " order by c.account_id, c.seq", "tenant", uow.tenant))
                .rows(uow, 0, rs -> {
                    String by = rs.getString(7);
                    return Consent.builder(subject(rs, 1), ConsentChannel.valueOf(rs.getString(3)),
                                    ConsentState.valueOf(rs.getString(4)))
                            .source(rs.getString(5))
                            .recordedAt(SqlQuery.instant(rs, 6))
                            .recordedBy(by == null ? null : UserId.of(by))
                            .build();
                });
    }

    @Override
    public void insertToken(String hash, OptOutToken token) {
        uow.insertBatch(INSERT_TOKEN, List.of(token), (statement, row) -> {
            statement.setString(1, uow.tenant);
            statement.setString(2, hash);
            statement.setObject(3, row.subject().accountId().value());
            statement.setObject(4, row.subject().contactId() == null ? null : row.subject().contactId().value());
            statement.setString(5, row.channel().name());
            JpaUnitOfWork.setInstant(statement, 6, row.issuedAt());
        });
    }

    @Override
    public Optional<OptOutToken> token(String hash) {
        return new SqlQuery().append("select t.account_id, t.contact_id, t.channel, t.issued_at from crm_consent_token t"
                        + " where t.tenant_id = :tenant and t.token_hash = :hash", "tenant", uow.tenant)
                .bind("hash", hash)
                .rows(uow, 0, rs -> new OptOutToken(subject(rs, 1), ConsentChannel.valueOf(rs.getString(3)),
                        SqlQuery.instant(rs, 4))).stream().findFirst();
    }

    @Override
    public java.util.Map<String, OptOutToken> tokensOf(AccountId accountId) {
        java.util.Map<String, OptOutToken> of = new java.util.TreeMap<>();
        new SqlQuery().append("select t.token_hash, t.account_id, t.contact_id, t.channel, t.issued_at from crm_consent_token t"
                        + " where t.tenant_id = :tenant and t.account_id = :account", "tenant", uow.tenant)
                .bind("account", accountId.value())
                .rows(uow, 0, rs -> {
                    of.put(rs.getString(1), new OptOutToken(subject(rs, 2), ConsentChannel.valueOf(rs.getString(4)),
                            SqlQuery.instant(rs, 5)));
                    return null;
                });
        return of;
    }

    @Override
    public void deleteAccount(AccountId accountId) {
        for (String table : List.of("crm_consent", "crm_consent_token")) {
            new SqlQuery().append("delete from " + table + " where tenant_id = :tenant and account_id = :account", "tenant",
                    uow.tenant).bind("account", accountId.value()).execute(uow);
        }
    }

    @Override
    public ConsentSettings settings() {
        return new SqlQuery().append("select s.explicit_channels from crm_consent_settings s where s.tenant_id = :tenant",
                        "tenant", uow.tenant)
                .rows(uow, 0, rs -> rs.getString(1)).stream().findFirst()
                .map(JpaConsents::channels).orElse(ConsentSettings.DEFAULT);
    }

    @Override
    public void saveSettings(ConsentSettings settings) {
        uow.writable();
        String channels = settings.explicitChannels().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        int updated = new SqlQuery().append("update crm_consent_settings set explicit_channels = :channels"
                        + " where tenant_id = :tenant", "channels", channels).bind("tenant", uow.tenant).execute(uow);
        if (updated == 0) {
            new SqlQuery().append("insert into crm_consent_settings (tenant_id, explicit_channels) values (:tenant, :channels)",
                    "tenant", uow.tenant).bind("channels", channels).execute(uow);
        }
    }

    /** The subject whose account and contact ids are the columns at {@code column} and the next. */
    private static ConsentSubject subject(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        UUID contact = rs.getObject(column + 1, UUID.class);
        return new ConsentSubject(new AccountId(rs.getObject(column, UUID.class)), contact == null ? null : new ContactId(contact));
    }

    private static ConsentSettings channels(String stored) {
        return new ConsentSettings(stored.isEmpty() ? java.util.Set.of()
                : Arrays.stream(stored.split(",")).map(ConsentChannel::valueOf).collect(Collectors.toSet()));
    }
}
