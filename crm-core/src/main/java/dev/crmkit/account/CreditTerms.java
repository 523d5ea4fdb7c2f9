package dev.crmkit.account;

/** How an account pays. */
public enum CreditTerms {

    /** Cash: no credit days, no credit limit needed. */
    CASH,

    /** Credit: a number of days to pay, and usually a limit. */
    CREDIT
}
