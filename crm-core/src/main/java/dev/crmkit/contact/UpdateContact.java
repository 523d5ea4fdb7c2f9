package dev.crmkit.contact;

import dev.crmkit.common.ContactId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.function.UnaryOperator;

/**
 * Replaces a contact's details.
 *
 * @param contactId the contact
 * @param details the new details
 * @param expectedVersion the version the caller last saw
 */
public record UpdateContact(@NotNull ContactId contactId, @NotNull @Valid ContactDetails details, @NotNull Version expectedVersion) {

    /**
     * Starts an edit of a contact as it was read: its details as they are, its version expected.
     *
     * @param contact the contact as read
     * @return a builder holding the contact's details, for the steps to change some
     */
    public static Builder from(Contact contact) {
        return new Builder(contact.id(), contact.details(), contact.version());
    }

    /** Builds a {@link UpdateContact} from what was read; {@link #details(UnaryOperator)} changes single parts. */
    public static final class Builder {

        private final ContactId id;
        private final Version expectedVersion;
        private ContactDetails details;

        private Builder(ContactId id, ContactDetails details, Version expectedVersion) {
            this.id = id;
            this.details = details;
            this.expectedVersion = expectedVersion;
        }

        /**
         * @param value the new details, in place of those read
         * @return this builder
         */
        public Builder details(ContactDetails value) {
            this.details = value;
            return this;
        }

        /**
         * Changes some of the details, e.g. {@code details(d -> d.tradeName("New name"))}.
         *
         * @param edit steps applied to a builder holding the current details
         * @return this builder
         */
        public Builder details(UnaryOperator<ContactDetails.Builder> edit) {
            this.details = edit.apply(details.toBuilder()).build();
            return this;
        }

        /** @return the command, checked as any other when a use case receives it */
        public UpdateContact build() {
            return new UpdateContact(id, details, expectedVersion);
        }
    }
}
