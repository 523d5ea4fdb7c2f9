package dev.crmkit.account;

/** Whether the account is a person or a company. */
public enum PersonKind {

    /** A natural person. */
    NATURAL,

    /** A legal person: a company or another organization. */
    LEGAL
}
