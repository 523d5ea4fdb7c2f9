package dev.crmkit.product;

/** What a product is. */
public enum ProductKind {

    /** A good: something made or delivered. */
    GOOD,

    /** A service: work done for the customer. */
    SERVICE
}
