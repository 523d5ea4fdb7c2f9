/**
 * Service cases: what a customer asked the help desk for, on an account and optionally one of its contacts, with a
 * subject, a description, the channel it came through, a category and a priority from the tenant's catalog, a status
 * that moves through new, open, waiting for the customer, resolved and closed, an assignee and a team, public and
 * internal comments, attachments, a number per tenant, and a history of every field.
 */
package dev.crmkit.casework;
