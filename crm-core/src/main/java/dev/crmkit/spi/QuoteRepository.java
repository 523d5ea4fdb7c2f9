package dev.crmkit.spi;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteRevision;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The quotes of a unit of work's tenant, each with its revisions, and the tenant's quote counter.
 */
public interface QuoteRepository {

    /**
     * @param id the quote
     * @return the quote at its current revision, if the tenant has it
     */
    Optional<Quote> findById(QuoteId id);

    /**
     * @param accountId an account
     * @return its quotes at their current revisions, in no particular order
     */
    /**
     * @param accountId an account
     * @param today the day that decides which sent quotes have expired
     * @return its open quotes: accepted and not converted, or sent and not expired on {@code today}; in no
     *     particular order
     */
    List<Quote> findOpenByAccount(AccountId accountId, LocalDate today);

    List<Quote> findByAccount(AccountId accountId);

    /**
     * @param id the quote
     * @param revision a revision's number
     * @return that revision, if the quote has it
     */
    Optional<QuoteRevision> revision(QuoteId id, int revision);

    /**
     * Takes the tenant's next quote count: the counter is locked until the unit of work ends, so concurrent
     * creators queue, and a unit of work that rolls back gives its count back.
     *
     * @param start the count of a tenant's first quote
     * @return the count, one more than the last one taken, or {@code start} for the first
     */
    long nextSequence(long start);

    /**
     * The tenant's last quote count taken, without taking one.
     *
     * @return the count, or empty before the tenant's first quote
     */
    OptionalLong lastSequence();

    /**
     * @param quote a new quote at {@code Version.UNSAVED}, at revision 1
     * @return the quote at {@code Version.FIRST}
     */
    Quote insert(Quote quote);

    /**
     * Stores a change: its current revision replaces the stored one of the same number, or is added beside the
     * earlier ones when its number is new.
     *
     * @param quote the quote, at the version it was loaded with
     * @return the quote at the next version
     */
    Quote update(Quote quote);

    /**
     * Deletes every quote of an account, with its revisions (the account is being deleted).
     *
     * @param accountId the account
     */
    void deleteByAccount(AccountId accountId);
}
