package dev.crmkit.quote;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a quote stands. A draft is sent; a sent quote is accepted or rejected by the customer; a draft or a sent
 * quote may be cancelled. An accepted quote becomes converted when its orders are made ({@code Orders.convert}),
 * never through a status change. Converted, rejected and cancelled quotes change no more. Whether a sent quote has
 * expired is not a status: it follows from its validity and today's date.
 */
public enum QuoteStatus {
    /** Being written; edits change it in place. */
    DRAFT,
    /** Sent to the customer; an edit makes a new revision, a draft again. */
    SENT,
    /** Accepted by the customer. */
    ACCEPTED,
    /** Rejected by the customer. */
    REJECTED,
    /** Withdrawn. */
    CANCELLED,
    /** Accepted and turned into orders; reached only by converting it. */
    CONVERTED;

    /**
     * The statuses a quote in this status may move to by a status change (an accepted quote moves on only by its
     * conversion into orders).
     *
     * @return the next statuses (none for a closed quote)
     */
    public Set<QuoteStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, CANCELLED);
            case SENT -> EnumSet.of(ACCEPTED, REJECTED, CANCELLED);
            case ACCEPTED, REJECTED, CANCELLED, CONVERTED -> EnumSet.noneOf(QuoteStatus.class);
        };
    }

    /**
     * Whether a quote in this status may move to another.
     *
     * @param to the status wanted
     * @return {@code true} when the move is allowed
     */
    public boolean canMoveTo(QuoteStatus to) {
        return next().contains(to);
    }

    /**
     * Whether the quote may still be edited (a sent one through a new revision).
     *
     * @return {@code true} for a draft or a sent quote
     */
    public boolean editable() {
        return this == DRAFT || this == SENT;
    }
}
