/**
 * Accounts, the central record: classification, general and additional information, customer and
 * credit properties, tax ids with check digits, responsibles (who drive the access scope), characteristic
 * values, interests and disinterests, the account query and the account profile.
 *
 * <p>Contacts, relationships and documents, which belong to an account, have packages of their own.
 */
package dev.crmkit.account;
