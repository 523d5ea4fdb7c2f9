package dev.crmkit.revenue;

import dev.crmkit.common.AccountId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A customer's realised revenue over the trailing twelve months: by month and in all, per currency.
 *
 * @param accountId the customer
 * @param asOf the day it was read on, in the tenant's time zone
 * @param months the months of the trailing twelve months with revenue, oldest first and by currency code within a
 *     month; the first month counts from the day twelve months before {@code asOf}
 * @param trailingTwelveMonths the sum of the months, per currency (empty when nothing was invoiced)
 */
public record CustomerRevenue(AccountId accountId, LocalDate asOf, List<RevenueMonth> months,
        Map<Currency, BigDecimal> trailingTwelveMonths) {

    /** Copies the collections; the currencies of the total are kept in code order. */
    public CustomerRevenue {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(asOf, "asOf");
        months = List.copyOf(months);
        TreeMap<Currency, BigDecimal> sorted = new TreeMap<>(Revenue.BY_CODE);
        sorted.putAll(trailingTwelveMonths);
        trailingTwelveMonths = java.util.Collections.unmodifiableMap(sorted);
    }
}
