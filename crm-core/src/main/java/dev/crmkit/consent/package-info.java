/**
 * Consent to be reached, per account or contact and channel (e-mail, phone, SMS/WhatsApp, visits): decisions kept
 * with their source and time as evidence, a tenant's rule of which channels need consent granted first, and opt-out
 * tokens for messages. Campaigns check it before they reach anyone.
 */
package dev.crmkit.consent;
