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
}
