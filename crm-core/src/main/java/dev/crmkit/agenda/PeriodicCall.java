package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A periodic call to an account: the agenda rules put a call on the user's task list on
 * {@code firstDay} and every {@code everyDays} days after it.
 *
 * @param accountId the account
 * @param everyDays the period
 * @param firstDay the first call's day
 * @param userId who calls
 * @param typeId the calls' entry type, or {@code null}
 */
public record PeriodicCall(
        @NotNull AccountId accountId,
        @Min(1) @Max(366) int everyDays,
        @NotNull LocalDate firstDay,
        @NotNull UserId userId,
        CatalogEntryId typeId) {

    /**
     * Starts a {@link PeriodicCall} from its required parts; every other part starts empty
     * ({@code null}, an empty collection, zero).
     *
     * @param accountId the account
     * @param firstDay the first call's day
     * @param userId who calls
     * @return a builder
     */
    public static Builder builder(AccountId accountId, LocalDate firstDay, UserId userId) {
        Builder builder = new Builder();
        builder.accountId = accountId;
        builder.firstDay = firstDay;
        builder.userId = userId;
        return builder;
    }

    /**
     * Starts a builder from this {@link PeriodicCall}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.accountId = accountId;
        builder.everyDays = everyDays;
        builder.firstDay = firstDay;
        builder.userId = userId;
        builder.typeId = typeId;
        return builder;
    }

    /**
     * Builds a {@link PeriodicCall}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private AccountId accountId;
        private int everyDays;
        private LocalDate firstDay;
        private UserId userId;
        private CatalogEntryId typeId;

        private Builder() {}

        /**
         * @param value the account
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param value the period
         * @return this builder
         */
        public Builder everyDays(int value) {
            this.everyDays = value;
            return this;
        }

        /**
         * @param value the first call's day
         * @return this builder
         */
        public Builder firstDay(LocalDate value) {
            this.firstDay = value;
            return this;
        }

        /**
         * @param value who calls
         * @return this builder
         */
        public Builder userId(UserId value) {
            this.userId = value;
            return this;
        }

        /**
         * @param value the calls' entry type, or {@code null}
         * @return this builder
         */
        public Builder typeId(CatalogEntryId value) {
            this.typeId = value;
            return this;
        }

        /** @return the {@link PeriodicCall} of the steps so far, checked as any other when a use case receives it */
        public PeriodicCall build() {
            return new PeriodicCall(accountId, everyDays, firstDay, userId, typeId);
        }
    }
}
