package dev.crmkit.revenue;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.PipelineId;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Currency;

/**
 * Revenue of the accounts in the actor's scope: realised by month, estimated, forecast by pipeline, and the
 * profitability of prospects. An account outside the scope is not found, as an unknown one; a forecast counts only
 * the cards of accounts in the scope (and cards without an account). Reads only: nothing here changes.
 */
public interface Revenue {

    /** Currencies in the order figures list them: by ISO code. */
    Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

    /**
     * A customer's realised revenue: its invoiced orders' subtotals by month over the trailing twelve months, and
     * their sum, per currency.
     *
     * @param accountId an account in the actor's scope
     * @return the revenue as of today
     */
    CustomerRevenue ofCustomer(AccountId accountId);

    /**
     * A customer's realised revenue month by month over a range of whole months in the tenant's time zone (the
     * current month counts up to now): its invoiced orders' subtotals, counted on their invoicing day, per currency.
     *
     * @param accountId an account in the actor's scope
     * @param from the first month
     * @param to the last month: not before {@code from}, and at most {@value #MAX_MONTHS} months in all
     * @return the months of the range that have revenue
     */
    RevenueByMonth byMonth(AccountId accountId, YearMonth from, YearMonth to);

    /** The most months {@link #byMonth} covers at once: ten years. */
    int MAX_MONTHS = 120;

    /**
     * The estimate of a customer's revenue: run rate, plus open pipeline weighted by each stage's win probability,
     * plus open quotes, per currency.
     *
     * @param accountId an account in the actor's scope
     * @return the estimate as of today
     */
    RevenueEstimate estimate(AccountId accountId);

    /**
     * A pipeline's forecast by salesperson and expected close month: its open cards' values weighted by each stage's
     * win probability, per currency.
     *
     * @param pipelineId a pipeline the actor uses
     * @return the forecast as of today
     */
    RevenueForecast forecast(PipelineId pipelineId);

    /**
     * The profitability estimate of a prospect (or of any account): the weighted value of its open cards against the
     * interactions and the days in the pipeline spent on it.
     *
     * @param accountId an account in the actor's scope
     * @return the estimate as of today
     */
    Profitability profitability(AccountId accountId);
}
