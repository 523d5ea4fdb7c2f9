package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Records an interaction. The subject is an account, or a contact (then {@code accountId} may be left out; when
 * given, it must be the contact's account). Under the tenant's legacy-noon setting a time of exactly 12:00
 * becomes "any time that day".
 *
 * @param accountId the account, or {@code null} when {@code contactId} names the subject
 * @param contactId the contact, or {@code null}
 * @param cardId a card of the account to link, or {@code null} (the actor must use its pipeline)
 * @param typeId an agenda entry type of the catalog, or {@code null}
 * @param description what happened or is to happen, up to 64 KiB
 * @param schedule when it is due, or {@code null}
 * @param userId whose task it is; {@code null} for the actor
 * @param recurrence how it repeats, or {@code null} (needs a schedule)
 */
public record CreateAgendaEntry(
        AccountId accountId,
        ContactId contactId,
        CardId cardId,
        CatalogEntryId typeId,
        @NotBlank @Size(max = AgendaEntry.MAX_DESCRIPTION) String description,
        Schedule schedule,
        UserId userId,
        @Valid Recurrence recurrence) {

    /**
     * A one-off entry about an account.
     *
     * @param accountId the account
     * @param typeId the type, or {@code null}
     * @param description the description
     * @param schedule when it is due, or {@code null}
     * @return the command
     */
    public static CreateAgendaEntry about(AccountId accountId, CatalogEntryId typeId, String description, Schedule schedule) {
        return new CreateAgendaEntry(accountId, null, null, typeId, description, schedule, null, null);
    }

    /**
     * Starts a {@link CreateAgendaEntry} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param description what happened or is to happen, up to 64 KiB
     * @return a builder
     */
    public static Builder builder(String description) {
        Builder builder = new Builder();
        builder.description = description;
        return builder;
    }

    /**
     * Starts a builder from this {@link CreateAgendaEntry}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accountId = accountId;
        builder.contactId = contactId;
        builder.cardId = cardId;
        builder.typeId = typeId;
        builder.description = description;
        builder.schedule = schedule;
        builder.userId = userId;
        builder.recurrence = recurrence;
        return builder;
    }

    /**
     * Builds a {@link CreateAgendaEntry}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private AccountId accountId;
        private ContactId contactId;
        private CardId cardId;
        private CatalogEntryId typeId;
        private String description;
        private Schedule schedule;
        private UserId userId;
        private Recurrence recurrence;

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
         * @param value a card of the account to link, or {@code null} (the actor must use its pipeline)
         * @return this builder
         */
        public Builder cardId(CardId value) {
            this.cardId = value;
            return this;
        }

        /**
         * @param value an agenda entry type of the catalog, or {@code null}
         * @return this builder
         */
        public Builder typeId(CatalogEntryId value) {
            this.typeId = value;
            return this;
        }

        /**
         * @param value what happened or is to happen, up to 64 KiB
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
         * @param value whose task it is; {@code null} for the actor
         * @return this builder
         */
        public Builder userId(UserId value) {
            this.userId = value;
            return this;
        }

        /**
         * @param value how it repeats, or {@code null} (needs a schedule)
         * @return this builder
         */
        public Builder recurrence(Recurrence value) {
            this.recurrence = value;
            return this;
        }

        /** @return the {@link CreateAgendaEntry} of the steps so far, checked as any other when a use case receives it */
        public CreateAgendaEntry build() {
            return new CreateAgendaEntry(accountId, contactId, cardId, typeId, description, schedule, userId, recurrence);
        }
    }
}
