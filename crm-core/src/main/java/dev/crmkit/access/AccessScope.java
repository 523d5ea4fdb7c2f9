package dev.crmkit.access;

/** Which accounts a CRM user sees: the user's portfolio of accounts. */
public enum AccessScope {

    /** Only the accounts the user is a responsible of. */
    PORTFOLIO,

    /** The accounts any member of the user's team is a responsible of (the user's own portfolio without a team). */
    TEAM,

    /** Every account of the tenant. */
    ALL
}
