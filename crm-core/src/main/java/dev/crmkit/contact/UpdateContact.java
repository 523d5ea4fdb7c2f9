package dev.crmkit.contact;

import dev.crmkit.common.ContactId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces a contact's details.
 *
 * @param contactId the contact
 * @param details the new details
 * @param expectedVersion the version the caller last saw
 */
public record UpdateContact(@NotNull ContactId contactId, @NotNull @Valid ContactDetails details, @NotNull Version expectedVersion) {}
