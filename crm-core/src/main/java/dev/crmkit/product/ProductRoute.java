package dev.crmkit.product;

/** Where an order line of a product goes once a quote becomes an order. */
public enum ProductRoute {

    /** To production (the plant), which makes it. */
    PRODUCTION,

    /** To the sales office, which delivers or sells it from stock. */
    SALES
}
