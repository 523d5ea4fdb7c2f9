package dev.crmkit.discount;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.NotNull;

/**
 * Whom a discount policy is for: one account, the accounts of a customer type, the accounts buying from a price
 * list, or every account. The narrower the scope, the higher it ranks in {@link DiscountPrecedence}.
 */
public sealed interface DiscountScope {

    /**
     * The scope's rank in the precedence: 3 for one account, 2 for a customer type, 1 for a price list, 0 for
     * everyone.
     *
     * @return the rank
     */
    int rank();

    /**
     * One account.
     *
     * @param accountId the account
     */
    record Account(@NotNull AccountId accountId) implements DiscountScope {
        @Override
        public int rank() {
            return 3;
        }
    }

    /**
     * The accounts of a customer type.
     *
     * @param customerTypeId a {@code CUSTOMER_TYPE} catalog entry
     */
    record CustomerType(@NotNull CatalogEntryId customerTypeId) implements DiscountScope {
        @Override
        public int rank() {
            return 2;
        }
    }

    /**
     * The accounts buying from a price list.
     *
     * @param priceListId a {@code PRICE_LIST} catalog entry
     */
    record PriceList(@NotNull CatalogEntryId priceListId) implements DiscountScope {
        @Override
        public int rank() {
            return 1;
        }
    }

    /** Every account of the tenant. */
    record Everyone() implements DiscountScope {
        @Override
        public int rank() {
            return 0;
        }
    }
}
