package dev.crmkit.account;

/** Whether an account is interested in an area of the company's business, or explicitly not. */
public enum InterestKind {

    /** The account is interested. */
    INTEREST,

    /** The account is explicitly not interested. */
    DISINTEREST
}
