package dev.crmkit.casework;

/** What satisfaction statistics are grouped by: the case's team, assignee or category at its resolution. */
public enum SatisfactionGrouping {

    /** The case's team. */
    TEAM,

    /** The case's assignee (the agent). */
    AGENT,

    /** The case's category. */
    CATEGORY
}
