package dev.crmkit.agenda;

import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Changes an entry's editable fields (its account stays). A recurring entry keeps a schedule.
 *
 * @param entryId the entry
 * @param contactId a contact of the entry's account, or {@code null}
 * @param cardId a card of the account, or {@code null}
 * @param typeId an agenda entry type, or {@code null}
 * @param description the description, up to 64 KiB
 * @param schedule when it is due, or {@code null}
 * @param userId whose task it is
 * @param expectedVersion the version the caller last saw
 */
public record EditAgendaEntry(
        @NotNull AgendaEntryId entryId,
        ContactId contactId,
        CardId cardId,
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        Schedule schedule,
        @NotNull UserId userId,
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link EditAgendaEntry} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param entryId the entry
     * @param description the description, up to 64 KiB
     * @param userId whose task it is
     * @param expectedVersion the version the caller last saw
     * @return a builder
     */
    public static Builder builder(AgendaEntryId entryId, String description, UserId userId, Version expectedVersion) {
        Builder builder = new Builder();
        builder.entryId = entryId;
        builder.description = description;
        builder.userId = userId;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of an agenda entry as it was read: every part as the entry holds it, its version expected.
     *
     * @param entry the entry as read
     * @return a builder holding the entry's parts, for the steps to change some
     */
    public static Builder from(AgendaEntry entry) {
        return builder(entry.id(), entry.description(), entry.userId(), entry.version())
                .contactId(entry.contactId().orElse(null))
                .cardId(entry.cardId().orElse(null))
                .typeId(entry.typeId().orElse(null))
                .schedule(entry.schedule().orElse(null));
    }

    /**
     * Starts a builder from this {@link EditAgendaEntry}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.entryId = entryId;
        builder.contactId = contactId;
        builder.cardId = cardId;
        builder.typeId = typeId;
        builder.description = description;
        builder.schedule = schedule;
        builder.userId = userId;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link EditAgendaEntry}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private AgendaEntryId entryId;
        private ContactId contactId;
        private CardId cardId;
        private CatalogEntryId typeId;
        private String description;
        private Schedule schedule;
        private UserId userId;
        private Version expectedVersion;

        private Builder() {}

        /**
         * @param value the entry
         * @return this builder
         */
        public Builder entryId(AgendaEntryId value) {
            this.entryId = value;
            return this;
        }

        /**
         * @param value a contact of the entry's account, or {@code null}
         * @return this builder
         */
        public Builder contactId(ContactId value) {
            this.contactId = value;
            return this;
        }

        /**
         * @param value a card of the account, or {@code null}
         * @return this builder
         */
        public Builder cardId(CardId value) {
            this.cardId = value;
            return this;
        }

        /**
         * @param value an agenda entry type, or {@code null}
         * @return this builder
         */
        public Builder typeId(CatalogEntryId value) {
            this.typeId = value;
            return this;
        }

        /**
         * @param value the description, up to 64 KiB
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param value when it is due, or {@code null}
         * @return this builder
         */
        public Builder schedule(Schedule value) {
            this.schedule = value;
            return this;
        }

        /**
         * @param value whose task it is
         * @return this builder
         */
        public Builder userId(UserId value) {
            this.userId = value;
            return this;
        }

        /**
         * @param value the version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link EditAgendaEntry} of the steps so far, checked as any other when a use case receives it */
        public EditAgendaEntry build() {
            return new EditAgendaEntry(entryId, contactId, cardId, typeId, description, schedule, userId, expectedVersion);
        }
    }
}
