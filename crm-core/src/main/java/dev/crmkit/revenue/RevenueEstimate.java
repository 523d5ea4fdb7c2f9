package dev.crmkit.revenue;

import dev.crmkit.common.AccountId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The estimate of a customer's revenue, one line per currency that any part has.
 *
 * @param accountId the customer
 * @param asOf the day it was read on, in the tenant's time zone
 * @param lines one line per currency, by currency code
 */
public record RevenueEstimate(AccountId accountId, LocalDate asOf, List<EstimateLine> lines) {

    /** Copies the lines. */
    public RevenueEstimate {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(lines);
    }
}
