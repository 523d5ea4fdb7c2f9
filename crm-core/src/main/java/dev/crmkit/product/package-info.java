/**
 * Products and price lists: the goods and services a tenant sells, each with its code, unit, kind and route (to
 * production or to the sales office), brought in one by one or by an all-or-nothing import; and the price lists an
 * account buys from, each in one currency, holding a price per product for a span of days.
 */
package dev.crmkit.product;
