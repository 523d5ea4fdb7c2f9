/**
 * Discount policies and manual-discount limits: the discounts a tenant grants by customer (one account, a customer
 * type, a price list or everyone), by item (one product, a product group or all) and by condition (a minimum
 * quantity or a minimum revenue of the customer over the last twelve months), the precedence that picks the one
 * that applies to a quote line, and the limits above which a salesperson's own discount waits for an
 * administrator's approval.
 */
package dev.crmkit.discount;
