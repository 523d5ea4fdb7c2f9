package dev.crmkit.quote;

/**
 * A quote as a list shows it, with whether it has expired today.
 *
 * @param quote the quote
 * @param expired whether it was sent and its validity has passed (derived from today's date, never stored)
 */
public record QuoteSummary(Quote quote, boolean expired) {}
