package dev.crmkit.quote;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.QuoteId;
import java.util.List;

/**
 * Quotes to the accounts in the actor's scope: an account outside it, and its quotes, are not found. Every change
 * raises an event and shows on the account's timeline.
 */
public interface Quotes {

    /**
     * Creates a draft quote at revision 1 with the tenant's next number. A product line without a unit price takes
     * the account's price-list price of that day; a free-text line needs its description and unit price. A product line
     * without a discount of its own takes the discount policy that applies to it ({@code DiscountPrecedence}), and
     * keeps which. A manual discount (a line's own, or the quote's) above the author's limit makes the quote wait for
     * an administrator's approval before it is sent. Where the account is taxable, the host's tax calculator gives the
     * taxes.
     *
     * @param command the account, currency, optional contact and card, validity and lines
     * @return the quote
     */
    Quote create(CreateQuote command);

    /**
     * Replaces a quote's lines and validity: a draft in place; a sent quote through a new revision, a draft again,
     * keeping the earlier revision readable. An accepted, rejected or cancelled quote is refused.
     *
     * @param command the quote, the version the caller last saw, and its new lines and validity
     * @return the quote as it is now
     */
    Quote update(UpdateQuote command);

    /**
     * Moves a quote to another status, as {@link QuoteStatus#next()} allows; an expired quote cannot be accepted, and a
     * quote whose discounts wait for approval, or were rejected, cannot be sent.
     *
     * @param command the quote, the version the caller last saw and the status wanted
     * @return the quote as it is now
     */
    Quote changeStatus(ChangeQuoteStatus command);

    /**
     * One quote at its current revision.
     *
     * @param quoteId the quote
     * @return the quote
     */
    Quote get(QuoteId quoteId);

    /**
     * One revision of a quote, the current one or an earlier one.
     *
     * @param quoteId the quote
     * @param revision the revision's number, from 1 to {@link QuoteRevision#MOST}
     * @return the revision
     */
    QuoteRevision revision(QuoteId quoteId, int revision);

    /**
     * An account's quotes, newest number first, each with whether it has expired today.
     *
     * @param accountId an account in the actor's scope
     * @return the quotes
     */
    List<QuoteSummary> ofAccount(AccountId accountId);

    /**
     * Approves a quote's manual discounts that wait for approval, so it may be sent; the approver and the instant
     * are kept on its revision. Only an administrator approves.
     *
     * @param command the quote and the version the caller last saw
     * @return the quote as it is now
     */
    Quote approveDiscount(DecideQuoteDiscount command);

    /**
     * Rejects a quote's manual discounts that wait for approval: it cannot be sent until an edit brings them within
     * its author's limit, or asks again. Only an administrator rejects.
     *
     * @param command the quote and the version the caller last saw
     * @return the quote as it is now
     */
    Quote rejectDiscount(DecideQuoteDiscount command);
}
