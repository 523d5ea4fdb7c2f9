package dev.crmkit.contact;

/**
 * A contact as the directory lists it, with the name of its account.
 *
 * @param contact the contact
 * @param accountName the legal name of its account
 */
public record ContactListing(Contact contact, String accountName) {}
