package dev.crmkit.account;

/** The commercial status of an account. */
public enum AccountStatus {

    /** Trading normally. */
    ACTIVE,

    /** No longer trading. */
    INACTIVE,

    /** Trading with restrictions (for example cash only). */
    RESTRICTED,

    /** Trading suspended (for example for an unpaid balance). */
    SUSPENDED
}
