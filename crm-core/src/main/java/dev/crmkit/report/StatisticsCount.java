package dev.crmkit.report;

/**
 * How many entries fall in one group.
 *
 * @param key the group's stable key (a type id, a user id, a status name; empty for "no type")
 * @param label the group as a person reads it, in the reader's language
 * @param count how many entries
 */
public record StatisticsCount(String key, String label, long count) {}
