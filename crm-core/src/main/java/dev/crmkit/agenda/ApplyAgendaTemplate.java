package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Creates a template's entries for one subject, in one unit of work.
 *
 * @param templateName the template
 * @param accountId the account, or {@code null} when {@code contactId} names the subject
 * @param contactId the contact, or {@code null}
 * @param cardId a card to link, or {@code null}
 * @param startDay the day the items' offsets count from
 * @param userId whose tasks they are; {@code null} for the actor
 */
public record ApplyAgendaTemplate(
        @NotBlank String templateName,
        AccountId accountId,
        ContactId contactId,
        CardId cardId,
        @NotNull LocalDate startDay,
        UserId userId) {

    /**
     * Starts a {@link ApplyAgendaTemplate} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param templateName the template
     * @param startDay the day the items' offsets count from
     * @return a builder
     */
    public static Builder builder(String templateName, LocalDate startDay) {
        Builder builder = new Builder();
        builder.templateName = templateName;
        builder.startDay = startDay;
        return builder;
    }

    /**
     * Starts a builder from this {@link ApplyAgendaTemplate}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.templateName = templateName;
        builder.accountId = accountId;
        builder.contactId = contactId;
        builder.cardId = cardId;
        builder.startDay = startDay;
        builder.userId = userId;
        return builder;
    }

    /**
     * Builds a {@link ApplyAgendaTemplate}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private String templateName;
        private AccountId accountId;
        private ContactId contactId;
        private CardId cardId;
        private LocalDate startDay;
        private UserId userId;

        private Builder() {}

        /**
         * @param value the template
         * @return this builder
         */
        public Builder templateName(String value) {
            this.templateName = value;
            return this;
        }

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
         * @param value a card to link, or {@code null}
         * @return this builder
         */
        public Builder cardId(CardId value) {
            this.cardId = value;
            return this;
        }

        /**
         * @param value the day the items' offsets count from
         * @return this builder
         */
        public Builder startDay(LocalDate value) {
            this.startDay = value;
            return this;
        }

        /**
         * @param value whose tasks they are; {@code null} for the actor
         * @return this builder
         */
        public Builder userId(UserId value) {
            this.userId = value;
            return this;
        }

        /** @return the {@link ApplyAgendaTemplate} of the steps so far, checked as any other when a use case receives it */
        public ApplyAgendaTemplate build() {
            return new ApplyAgendaTemplate(templateName, accountId, contactId, cardId, startDay, userId);
        }
    }
}
