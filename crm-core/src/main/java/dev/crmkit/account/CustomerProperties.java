package dev.crmkit.account;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;

/**
 * How the company sells to an account. The catalog references name
 * entries of the tenant's catalogs of the matching kind.
 *
 * @param customerTypeId a {@code CUSTOMER_TYPE} entry, or {@code null}
 * @param priorityId a {@code PRIORITY} entry, or {@code null}
 * @param economicActivityId an {@code ECONOMIC_ACTIVITY} entry, or {@code null}
 * @param priceListId a {@code PRICE_LIST} entry, or {@code null}
 * @param taxable whether sales to the account are taxed
 * @param status the commercial status; {@code null} means {@link AccountStatus#ACTIVE}
 * @param salespersonId the user who sells to the account, or {@code null}
 */
public record CustomerProperties(
        CatalogEntryId customerTypeId,
        CatalogEntryId priorityId,
        CatalogEntryId economicActivityId,
        CatalogEntryId priceListId,
        boolean taxable,
        AccountStatus status,
        UserId salespersonId) {

    /** Taxable, active, nothing else set. */
    public static final CustomerProperties DEFAULT = new CustomerProperties(null, null, null, null, true, AccountStatus.ACTIVE, null);

    /** Applies the default status. */
    public CustomerProperties {
        status = status == null ? AccountStatus.ACTIVE : status;
    }

    /**
     * Starts a {@link CustomerProperties}; every other part starts empty
     * ({@code null}, an empty collection, false) except where its step says otherwise.
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link CustomerProperties}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.customerTypeId = customerTypeId;
        builder.priorityId = priorityId;
        builder.economicActivityId = economicActivityId;
        builder.priceListId = priceListId;
        builder.taxable = taxable;
        builder.status = status;
        builder.salespersonId = salespersonId;
        return builder;
    }

    /**
     * Builds a {@link CustomerProperties}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private CatalogEntryId customerTypeId;
        private CatalogEntryId priorityId;
        private CatalogEntryId economicActivityId;
        private CatalogEntryId priceListId;
        private boolean taxable = true;
        private AccountStatus status;
        private UserId salespersonId;

        private Builder() {}

        /**
         * @param value a {@code CUSTOMER_TYPE} entry, or {@code null}
         * @return this builder
         */
        public Builder customerTypeId(CatalogEntryId value) {
            this.customerTypeId = value;
            return this;
        }

        /**
         * @param value a {@code PRIORITY} entry, or {@code null}
         * @return this builder
         */
        public Builder priorityId(CatalogEntryId value) {
            this.priorityId = value;
            return this;
        }

        /**
         * @param value an {@code ECONOMIC_ACTIVITY} entry, or {@code null}
         * @return this builder
         */
        public Builder economicActivityId(CatalogEntryId value) {
            this.economicActivityId = value;
            return this;
        }

        /**
         * @param value a {@code PRICE_LIST} entry, or {@code null}
         * @return this builder
         */
        public Builder priceListId(CatalogEntryId value) {
            this.priceListId = value;
            return this;
        }

        /**
         * Makes sales to the account untaxed; without this step they are taxed.
         *
         * @return this builder
         */
        public Builder taxExempt() {
            this.taxable = false;
            return this;
        }

        /**
         * Makes sales to the account taxed, as they are unless {@link #taxExempt()} was called.
         *
         * @return this builder
         */
        public Builder taxable() {
            this.taxable = true;
            return this;
        }

        /**
         * @param value the commercial status; {@code null} means {@link AccountStatus#ACTIVE}
         * @return this builder
         */
        public Builder status(AccountStatus value) {
            this.status = value;
            return this;
        }

        /**
         * @param value the user who sells to the account, or {@code null}
         * @return this builder
         */
        public Builder salespersonId(UserId value) {
            this.salespersonId = value;
            return this;
        }

        /** @return the {@link CustomerProperties} of the steps so far, checked as any other when a use case receives it */
        public CustomerProperties build() {
            return new CustomerProperties(customerTypeId, priorityId, economicActivityId, priceListId, taxable, status, salespersonId);
        }
    }
}
