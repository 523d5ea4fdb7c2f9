package dev.crmkit.report;

import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.UserId;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One agenda entry of a statistics listing, with its names resolved and its instants in the tenant's time zone.
 *
 * @param entryId the entry
 * @param createdAt when it was created, in the tenant's zone
 * @param accountId its account
 * @param accountName the account's legal name
 * @param contactName its contact's name, or {@code null}
 * @param typeName its type's name, or {@code null}
 * @param userId whose task it is
 * @param userName that user's display name
 * @param status pending or concluded
 * @param statusLabel the status in the reader's language
 * @param scheduledDay the day it is due, or {@code null}
 * @param scheduledTime the time it is due, or {@code null} for any time that day (or no schedule)
 * @param description the description
 */
public record AgendaListingRow(
        AgendaEntryId entryId,
        LocalDateTime createdAt,
        AccountId accountId,
        String accountName,
        String contactName,
        String typeName,
        UserId userId,
        String userName,
        AgendaStatus status,
        String statusLabel,
        LocalDate scheduledDay,
        LocalDateTime scheduledTime,
        String description) {

    /**
     * Starts a {@link AgendaListingRow}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link AgendaListingRow}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.entryId = entryId;
        builder.createdAt = createdAt;
        builder.accountId = accountId;
        builder.accountName = accountName;
        builder.contactName = contactName;
        builder.typeName = typeName;
        builder.userId = userId;
        builder.userName = userName;
        builder.status = status;
        builder.statusLabel = statusLabel;
        builder.scheduledDay = scheduledDay;
        builder.scheduledTime = scheduledTime;
        builder.description = description;
        return builder;
    }

    /**
     * Builds a {@link AgendaListingRow}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private AgendaEntryId entryId;
        private LocalDateTime createdAt;
        private AccountId accountId;
        private String accountName;
        private String contactName;
        private String typeName;
        private UserId userId;
        private String userName;
        private AgendaStatus status;
        private String statusLabel;
        private LocalDate scheduledDay;
        private LocalDateTime scheduledTime;
        private String description;

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
         * @param value when it was created, in the tenant's zone
         * @return this builder
         */
        public Builder createdAt(LocalDateTime value) {
            this.createdAt = value;
            return this;
        }

        /**
         * @param value its account
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param value the account's legal name
         * @return this builder
         */
        public Builder accountName(String value) {
            this.accountName = value;
            return this;
        }

        /**
         * @param value its contact's name, or {@code null}
         * @return this builder
         */
        public Builder contactName(String value) {
            this.contactName = value;
            return this;
        }

        /**
         * @param value its type's name, or {@code null}
         * @return this builder
         */
        public Builder typeName(String value) {
            this.typeName = value;
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
         * @param value that user's display name
         * @return this builder
         */
        public Builder userName(String value) {
            this.userName = value;
            return this;
        }

        /**
         * @param value pending or concluded
         * @return this builder
         */
        public Builder status(AgendaStatus value) {
            this.status = value;
            return this;
        }

        /**
         * @param value the status in the reader's language
         * @return this builder
         */
        public Builder statusLabel(String value) {
            this.statusLabel = value;
            return this;
        }

        /**
         * @param value the day it is due, or {@code null}
         * @return this builder
         */
        public Builder scheduledDay(LocalDate value) {
            this.scheduledDay = value;
            return this;
        }

        /**
         * @param value the time it is due, or {@code null} for any time that day (or no schedule)
         * @return this builder
         */
        public Builder scheduledTime(LocalDateTime value) {
            this.scheduledTime = value;
            return this;
        }

        /**
         * @param value the description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** @return the {@link AgendaListingRow} of the steps so far, checked as any other when a use case receives it */
        public AgendaListingRow build() {
            return new AgendaListingRow(entryId, createdAt, accountId, accountName, contactName, typeName, userId, userName, status, statusLabel, scheduledDay, scheduledTime, description);
        }
    }
}
