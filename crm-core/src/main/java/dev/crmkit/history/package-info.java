/**
 * The account timeline: one chronological line of everything that happened to an account, in
 * chronological order. Every domain event that concerns an account — its own edits, its contacts,
 * relationships and documents, and the events later capabilities add — is recorded with the change itself,
 * in the same unit of work.
 */
package dev.crmkit.history;
