package dev.crmkit.revenue;

import dev.crmkit.common.AccountId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The profitability estimate of a prospect: whether continuing to invest in it pays, as its weighted expected value
 * per interaction and per day in the pipeline.
 *
 * @param accountId the prospect
 * @param asOf the day it was read on, in the tenant's time zone
 * @param effort the effort spent on it
 * @param lines one line per currency of its open cards' values, by currency code (none without a valued open card)
 */
public record Profitability(AccountId accountId, LocalDate asOf, ProspectEffort effort, List<ProfitabilityLine> lines) {

    /** Copies the lines. */
    public Profitability {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(effort, "effort");
        lines = List.copyOf(lines);
    }
}
