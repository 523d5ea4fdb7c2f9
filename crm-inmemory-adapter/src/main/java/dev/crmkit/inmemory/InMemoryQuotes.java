package dev.crmkit.inmemory;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.QuoteId;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.spi.QuoteRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The quotes of a partition: each at its current revision, its earlier revisions beside it, and the tenant's counter
 * (the partition's lock serializes its units of work; a rollback gives the count back through the journal).
 */
final class InMemoryQuotes implements QuoteRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryQuotes(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Quote> findById(QuoteId id) {
        return data.quotes.get(id);
    }

    @Override
    public List<Quote> findByAccount(AccountId accountId) {
        return data.quotes.find(data.quotesByAccount, accountId);
    }

    @Override
    public Optional<QuoteRevision> revision(QuoteId id, int revision) {
        Optional<Quote> quote = data.quotes.get(id);
        if (quote.isPresent() && quote.get().revision().number() == revision) {
            return Optional.of(quote.get().revision());
        }
        return data.quoteRevisions.get(List.of(id, revision)).map(TenantPartition.StoredRevision::revision);
    }

    @Override
    public long nextSequence(long start) {
        Journal journal = uow.writable();
        Long previous = data.lastQuoteSequence;
        long next = previous == null ? start : previous + 1;
        data.lastQuoteSequence = next;
        journal.onRollback(() -> data.lastQuoteSequence = previous);
        return next;
    }

    @Override
    public OptionalLong lastSequence() {
        Long last = data.lastQuoteSequence;
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    @Override
    public Quote insert(Quote quote) {
        return uow.insert(data.quotes, quote::withVersion);
    }

    @Override
    public Quote update(Quote quote) {
        Quote stored = data.quotes.get(quote.id()).orElseThrow(() -> new NotFoundException("quote", "id", quote.id()));
        Quote updated = uow.update(data.quotes, "quote", quote.id(), quote.version(), Quote::version, quote::withVersion);
        if (stored.revision().number() != quote.revision().number()) {
            // The revision being replaced as current stays readable.
            data.quoteRevisions.insert(new TenantPartition.StoredRevision(stored.id(), stored.revision()), uow.writable());
        }
        return updated;
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        for (Quote quote : data.quotes.find(data.quotesByAccount, accountId)) {
            for (TenantPartition.StoredRevision revision : data.quoteRevisions.find(data.revisionsByQuote, quote.id())) {
                data.quoteRevisions.delete(List.of(quote.id(), revision.revision().number()), journal);
            }
            data.quotes.delete(quote.id(), journal);
        }
    }

    @Override
    public List<Quote> findOpenByAccount(AccountId accountId, LocalDate today) {
        return data.quotes.find(data.quotesByAccount, accountId).stream()
                .filter(quote -> quote.status() == QuoteStatus.ACCEPTED
                        || (quote.status() == QuoteStatus.SENT && !quote.expiredOn(today)))
                .toList();
    }
}
