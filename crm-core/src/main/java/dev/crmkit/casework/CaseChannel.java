package dev.crmkit.casework;

/** How a case reached the help desk. */
public enum CaseChannel {

    /** By telephone. */
    PHONE,

    /** By e-mail. */
    EMAIL,

    /** Through the host's customer portal. */
    PORTAL,

    /** Through a remote session with the customer. */
    REMOTE,

    /** At the customer's premises. */
    ON_SITE
}
