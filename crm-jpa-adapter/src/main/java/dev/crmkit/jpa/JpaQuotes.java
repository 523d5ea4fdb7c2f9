package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.spi.QuoteRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hibernate.Session;

/**
 * The quotes of a unit of work's tenant, their earlier revisions, and the tenant's counter: one row per tenant,
 * advanced by an update that locks it until the commit (creators queue on it; a rollback undoes the advance, so no
 * number is lost).
 */
final class JpaQuotes implements QuoteRepository {

    private final JpaUnitOfWork uow;

    JpaQuotes(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private QuoteEntity row(QuoteId id) {
        return uow.find(QuoteEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<Quote> findById(QuoteId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<Quote> findByAccount(AccountId accountId) {
        return rows(accountId).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    private List<QuoteEntity> rows(AccountId accountId) {
        return uow.watched(() -> uow.em().createQuery(
                        "select q from Quote q where q.tenantId = :tenant and q.accountId = :account", QuoteEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList());
    }

    @Override
    public Optional<QuoteRevision> revision(QuoteId id, int revision) {
        QuoteRevisionEntity row = uow.find(QuoteRevisionEntity.class,
                new QuoteRevisionEntity.Key(uow.tenant, id.value(), revision));
        if (row != null) {
            return Optional.of(uow.json.read(row.content, QuoteRevision.class));
        }
        return findById(id).map(Quote::revision).filter(r -> r.number() == revision);
    }

    @Override
    public long nextSequence(long start) {
        uow.writable();
        Long next = advance();
        if (next == null) {
            // The tenant's first quote: its counter row is made, once even under concurrent creators, then advanced.
            String insert = uow.postgres()
                    ? "insert into crm_quote_counter (tenant_id, last_value) values (?, ?) on conflict (tenant_id) do nothing"
                    : "insert into crm_quote_counter (tenant_id, last_value) select ?, ? where not exists"
                            + " (select 1 from crm_quote_counter where tenant_id = ?)";
            uow.watched(() -> uow.em().unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(insert)) {
                    statement.setString(1, uow.tenant);
                    statement.setLong(2, start - 1);
                    if (!uow.postgres()) {
                        statement.setString(3, uow.tenant);
                    }
                    return statement.executeUpdate();
                }
            }));
            next = advance();
        }
        return next;
    }

    /** Advances the counter by one and reads it back in one statement; {@code null} when the tenant has none yet. */
    private Long advance() {
        String sql = uow.postgres()
                ? "update crm_quote_counter set last_value = last_value + 1 where tenant_id = ? returning last_value"
                : "select last_value from final table (update crm_quote_counter set last_value = last_value + 1"
                        + " where tenant_id = ?)";
        return uow.watched(() -> uow.em().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, uow.tenant);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : null;
                }
            }
        }));
    }

    @Override
    public OptionalLong lastSequence() {
        Long last = uow.watched(() -> uow.em().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select last_value from crm_quote_counter where tenant_id = ?")) {
                statement.setString(1, uow.tenant);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : null;
                }
            }
        }));
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    @Override
    public Quote insert(Quote quote) {
        Quote stored = quote.withVersion(Version.FIRST);
        QuoteEntity row = QuoteEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Quote update(Quote quote) {
        QuoteEntity row = row(quote.id());
        if (row == null) {
            throw new NotFoundException("quote", "id", quote.id());
        }
        boolean unchanged = row.toDomain(uow.json).equals(quote);
        if (row.revision != quote.revision().number() && row.version == quote.version().value()) {
            // The current revision gives way to a new one: it stays readable beside the quote.
            uow.persist(new QuoteRevisionEntity(uow.tenant, row.id, row.revision, row.content));
        }
        return quote.withVersion(uow.update(row, "quote", quote.id(), quote.version(), r -> r.version, unchanged,
                r -> r.apply(quote, uow.json)));
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        uow.writable();
        List<QuoteEntity> quotes = rows(accountId);
        if (quotes.isEmpty()) {
            return;
        }
        uow.watched(() -> uow.em().createQuery("select r from QuoteRevision r where r.tenantId = :tenant and r.quoteId in"
                        + " (select q.id from Quote q where q.tenantId = :tenant and q.accountId = :account)",
                        QuoteRevisionEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList()).forEach(uow::remove);
        quotes.forEach(uow::remove);
    }

    @Override
    public List<Quote> findOpenByAccount(AccountId accountId, LocalDate today) {
        return uow.watched(() -> uow.em().createQuery("select q from Quote q where q.tenantId = :tenant"
                        + " and q.accountId = :account and (q.status = 'ACCEPTED'"
                        + " or (q.status = 'SENT' and q.validUntil >= :today))", QuoteEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .setParameter("today", today)
                .getResultList()).stream().map(r -> r.toDomain(uow.json)).toList();
    }
}
