package dev.crmkit.revenue;

import dev.crmkit.common.AccountId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A customer's realised revenue over a range of whole months, month by month, per currency.
 *
 * @param accountId the customer
 * @param from the first month of the range, in the tenant's time zone
 * @param to the last month of the range
 * @param months the months of the range with revenue, oldest first and by currency code within a month
 */
public record RevenueByMonth(AccountId accountId, YearMonth from, YearMonth to, List<RevenueMonth> months) {

    /** Checks the parts and copies the months. */
    public RevenueByMonth {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        months = List.copyOf(months);
    }

    /**
     * The range's sum, per currency (never added across currencies).
     *
     * @return the sums in currency code order, empty when nothing was invoiced in the range
     */
    public Map<Currency, BigDecimal> total() {
        Map<Currency, BigDecimal> total = new TreeMap<>(Revenue.BY_CODE);
        months.forEach(m -> total.merge(m.currency(), m.amount(), BigDecimal::add));
        return Collections.unmodifiableMap(total);
    }
}
