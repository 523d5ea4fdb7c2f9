package dev.crmkit.quote;

import dev.crmkit.common.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a revision's manual discounts stand when one of them is above its author's limit: waiting for an
 * administrator, approved or rejected, with who decided and when. A revision whose manual discounts are within the
 * limit has none.
 *
 * @param status waiting, approved or rejected
 * @param percent the highest manual discount of the revision (a line's own or the quote's), in percent
 * @param decidedBy the administrator who approved or rejected, or {@code null} while waiting
 * @param decidedAt when, or {@code null} while waiting
 */
public record QuoteApproval(Status status, BigDecimal percent, UserId decidedBy, Instant decidedAt) {

    /** Checks the status and the percentage are present. */
    public QuoteApproval {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(percent, "percent");
    }

    /** Where an approval stands. */
    public enum Status {
        /** Waiting for an administrator; the quote cannot be sent. */
        PENDING,
        /** Approved; the quote may be sent. */
        APPROVED,
        /** Rejected; the quote cannot be sent until an edit brings its discounts within the limit. */
        REJECTED
    }

    /**
     * A request for approval.
     *
     * @param percent the highest manual discount
     * @return the approval, waiting
     */
    public static QuoteApproval pending(BigDecimal percent) {
        return new QuoteApproval(Status.PENDING, percent, null, null);
    }

    /**
     * Whether the quote may be sent as far as its discounts go.
     *
     * @return {@code true} once approved
     */
    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** This request decided by an administrator at an instant. */
    QuoteApproval decided(Status decision, UserId by, Instant at) {
        return new QuoteApproval(decision, percent, by, at);
    }
}
