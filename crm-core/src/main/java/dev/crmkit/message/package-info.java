/**
 * The archive of messages: inbound and outbound e-mails, calls, SMS or WhatsApp messages and letters of an account
 * or one of its contacts, logged once even when the host delivers them again, searchable, archivable, and shown on
 * the account's timeline.
 */
package dev.crmkit.message;
