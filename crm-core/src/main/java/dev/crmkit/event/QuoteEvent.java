package dev.crmkit.event;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.QuoteId;
import dev.crmkit.quote.QuoteStatus;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** Events of a quote. Each shows on its account's timeline. */
public sealed interface QuoteEvent extends DomainEvent, TimelineEvent {

    /** @return the quote */
    QuoteId quoteId();

    /** @return its account */
    AccountId accountId();

    /** @return its number */
    String number();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("quote", quoteId().toString());
    }

    @Override
    default Set<AccountId> timelineAccounts() {
        return Set.of(accountId());
    }

    /**
     * A quote was created, a draft at revision 1.
     *
     * @param meta the metadata
     * @param quoteId the quote
     * @param accountId its account
     * @param number its number
     * @param currency its currency
     * @param total its total
     */
    record QuoteCreated(EventMeta meta, QuoteId quoteId, AccountId accountId, String number, Currency currency,
            BigDecimal total) implements QuoteEvent {}

    /**
     * A draft's lines or validity changed in place.
     *
     * @param meta the metadata
     * @param quoteId the quote
     * @param accountId its account
     * @param number its number
     * @param revision the revision changed
     * @param changes the changed fields ({@code validUntil}, {@code lines}, {@code total})
     */
    record QuoteEdited(EventMeta meta, QuoteId quoteId, AccountId accountId, String number, int revision,
            List<FieldChange> changes) implements QuoteEvent {

        /** Copies the changes. */
        public QuoteEdited {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A sent quote was edited: a new revision, a draft again; the earlier revision stays readable.
     *
     * @param meta the metadata
     * @param quoteId the quote
     * @param accountId its account
     * @param number its number
     * @param revision the new revision's number
     * @param changes the changed fields, against the earlier revision
     */
    record QuoteRevised(EventMeta meta, QuoteId quoteId, AccountId accountId, String number, int revision,
            List<FieldChange> changes) implements QuoteEvent {

        /** Copies the changes. */
        public QuoteRevised {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A quote moved to another status.
     *
     * @param meta the metadata
     * @param quoteId the quote
     * @param accountId its account
     * @param number its number
     * @param from the status before
     * @param to the status after
     */
    record QuoteStatusChanged(EventMeta meta, QuoteId quoteId, AccountId accountId, String number, QuoteStatus from,
            QuoteStatus to) implements QuoteEvent {}

    /**
     * A quote's own discount went above its author's limit: the quote waits for an administrator's approval before
     * it is sent.
     *
     * @param meta the metadata
     * @param quoteId the quote
     * @param accountId its account
     * @param number its number
     * @param revision the revision that waits
     * @param percent the highest manual discount on it, in percent
     * @param limit the author's limit, in percent
     */
    record QuoteDiscountApprovalRequested(EventMeta meta, QuoteId quoteId, AccountId accountId, String number,
            int revision, BigDecimal percent, BigDecimal limit) implements QuoteEvent {}

    /**
     * An administrator approved a quote's manual discounts (the approver is the event's actor).
     *
     * @param meta the metadata
     * @param quoteId the quote
     * @param accountId its account
     * @param number its number
     * @param revision the revision approved
     */
    record QuoteDiscountApproved(EventMeta meta, QuoteId quoteId, AccountId accountId, String number, int revision)
            implements QuoteEvent {}

    /**
     * An administrator rejected a quote's manual discounts; the quote cannot be sent until an edit brings them
     * within its author's limit or another approval.
     *
     * @param meta the metadata
     * @param quoteId the quote
     * @param accountId its account
     * @param number its number
     * @param revision the revision rejected
     */
    record QuoteDiscountRejected(EventMeta meta, QuoteId quoteId, AccountId accountId, String number, int revision)
            implements QuoteEvent {}
}
