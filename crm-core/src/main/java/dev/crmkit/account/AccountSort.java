package dev.crmkit.account;

/**
 * What an account listing is sorted by. Ties are broken by the account id (in the unsigned order of
 * {@link dev.crmkit.common.AccountId#compareTo}), so an order is always total and keyset pagination is exact.
 */
public enum AccountSort {

    /** By {@link Account#nameKey()}: the legal name, folded, in code point order. */
    NAME,

    /** By creation instant. */
    CREATED,

    /** By last change instant. */
    UPDATED
}
