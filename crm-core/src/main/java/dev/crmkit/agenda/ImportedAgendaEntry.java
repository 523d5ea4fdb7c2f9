package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One entry of a legacy agenda, as an export of the old system states it.
 *
 * @param accountId the account, or {@code null} when {@code contactId} names the subject
 * @param contactId the contact, or {@code null}
 * @param typeId an agenda entry type, or {@code null}
 * @param description the description, up to 64 KiB
 * @param scheduledAt the date and time as the old system kept it, or {@code null}; exactly 12:00 becomes "any time
 *        that day" while the tenant's legacy-noon setting is on
 * @param concluded whether it was done
 * @param userId whose task it is; {@code null} for the importing actor
 * @param createdAt when the old system recorded it; {@code null} for the import's instant
 */
public record ImportedAgendaEntry(
        AccountId accountId,
        ContactId contactId,
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        LocalDateTime scheduledAt,
        boolean concluded,
        UserId userId,
        Instant createdAt) {

    /**
     * Starts a {@link ImportedAgendaEntry} from its required parts; every other part starts empty
     * ({@code null}, an empty collection, false).
     *
     * @param description the description, up to 64 KiB
     * @return a builder
     */
    public static Builder builder(String description) {
        Builder builder = new Builder();
        builder.description = description;
        return builder;
    }

    /**
     * Starts a builder from this {@link ImportedAgendaEntry}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accountId = accountId;
        builder.contactId = contactId;
        builder.typeId = typeId;
        builder.description = description;
        builder.scheduledAt = scheduledAt;
        builder.concluded = concluded;
        builder.userId = userId;
        builder.createdAt = createdAt;
        return builder;
    }

    /**
     * Builds a {@link ImportedAgendaEntry}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private AccountId accountId;
        private ContactId contactId;
        private CatalogEntryId typeId;
        private String description;
        private LocalDateTime scheduledAt;
        private boolean concluded;
        private UserId userId;
        private Instant createdAt;

        private Builder() {}

        /**
         * @param value the account, or {@code null} when {@code contactId} names the subject
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param value the contact, or {@code null}
         * @return this builder
         */
        public Builder contactId(ContactId value) {
            this.contactId = value;
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
         * @param value the date and time as the old system kept it, or {@code null}; exactly 12:00 becomes "any time that day" while the tenant's legacy-noon setting is on
         * @return this builder
         */
        public Builder scheduledAt(LocalDateTime value) {
            this.scheduledAt = value;
            return this;
        }

        /**
         * @param value whether it was done
         * @return this builder
         */
        public Builder concluded(boolean value) {
            this.concluded = value;
            return this;
        }

        /**
         * @param value whose task it is; {@code null} for the importing actor
         * @return this builder
         */
        public Builder userId(UserId value) {
            this.userId = value;
            return this;
        }

        /**
         * @param value when the old system recorded it; {@code null} for the import's instant
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** @return the {@link ImportedAgendaEntry} of the steps so far, checked as any other when a use case receives it */
        public ImportedAgendaEntry build() {
            return new ImportedAgendaEntry(accountId, contactId, typeId, description, scheduledAt, concluded, userId, createdAt);
        }
    }
}
