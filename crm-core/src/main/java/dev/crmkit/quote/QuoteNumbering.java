package dev.crmkit.quote;

import dev.crmkit.common.InvalidCommandException;

/**
 * How quotes are numbered: each tenant counts its quotes from {@code start} without gaps, and a number reads as the
 * prefix followed by the count, padded with zeros to {@code width} digits ({@code "Q-000042"}).
 *
 * @param prefix the text before the count (may be empty)
 * @param width the least number of digits
 * @param start the first count of a tenant
 */
public record QuoteNumbering(String prefix, int width, long start) {

    /** {@code Q-000001}, {@code Q-000002}, ... */
    public static final QuoteNumbering DEFAULT = new QuoteNumbering("Q-", 6, 1);

    /**
     * Checks the parts: a prefix of at most 20 characters, a width from 1 to 18, a positive start.
     *
     * @throws InvalidCommandException naming each part that is not so
     */
    public QuoteNumbering {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("QuoteNumbering");
        if (prefix == null) {
            problems.add("prefix", "NotNull");
        } else if (prefix.length() > 20) {
            problems.add("prefix", "Size", 0, 20);
        }
        if (width < 1 || width > 18) {
            problems.add("width", "Range", 1, 18);
        }
        if (start < 1) {
            problems.add("start", "Positive");
        }
        problems.throwIfAny();
    }

    /**
     * The number of a count.
     *
     * @param count the count
     * @return the number as it reads
     */
    public String format(long count) {
        String digits = Long.toString(count);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
