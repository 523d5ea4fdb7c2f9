package dev.crmkit.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a quote: what was offered, until when, and for how much. A quote's first revision is 1; editing a
 * sent quote makes the next one, and the earlier ones stay readable.
 *
 * @param number the revision's number, from 1
 * @param validUntil the last day the offer holds
 * @param lines the lines
 * @param totals the money
 */
public record QuoteRevision(int number, LocalDate validUntil, List<QuoteLine> lines, QuoteTotals totals) {

    /** The most revisions a quote has. */
    public static final int MOST = 10_000;

    /** Copies the lines and checks the parts are present. */
    public QuoteRevision {
        Objects.requireNonNull(validUntil, "validUntil");
        lines = List.copyOf(lines);
        Objects.requireNonNull(totals, "totals");
    }
}
