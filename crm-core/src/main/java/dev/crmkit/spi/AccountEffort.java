package dev.crmkit.spi;

import java.time.Instant;

/**
 * The effort spent on an account, as counted for its profitability: its agenda entries, the comments on its cards
 * and its messages, and when its oldest open card was created.
 *
 * @param agendaEntries the account's agenda entries, whatever their status
 * @param comments the comments on the account's cards, in every pipeline
 * @param messages the account's logged messages, archived ones included
 * @param oldestOpenCard when the account's oldest open card was created, or {@code null} when it has none
 */
public record AccountEffort(long agendaEntries, long comments, long messages, Instant oldestOpenCard) {}
