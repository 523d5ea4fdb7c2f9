/**
 * Quotes: offers to an account, in one currency, made of product or free-text lines whose prices default from the
 * account's price list. Each quote has a gapless number per tenant, a validity, a status and revisions: editing a
 * sent quote makes a new revision and keeps the earlier ones readable.
 */
package dev.crmkit.quote;
