package dev.crmkit.discount;

import dev.crmkit.account.Account;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.common.ProductId;
import dev.crmkit.internal.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link LineDiscounts} for a quote of an account on a day: the candidate policies read with one statement, the
 * customer's revenue read once and only when a candidate has a revenue condition, the author's limits read once and
 * only when asked for.
 */
final class LineDiscountServices implements LineDiscounts {

    private final Context context;
    private final Account account;
    private final LocalDate day;
    private final List<DiscountPolicy> candidates;
    private Map<Currency, BigDecimal> revenue;

    LineDiscountServices(Context context, Account account, LocalDate day) {
        this.context = context;
        this.account = account;
        this.day = day;
        CustomerProperties customer = account.details().customer();
        this.candidates = context.uow.discounts().candidates(account.id(), customer.customerTypeId(),
                customer.priceListId(), day);
    }

    @Override
    public Optional<DiscountPolicy> forLine(ProductId productId, String groupKey, BigDecimal quantity) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        CustomerProperties customer = account.details().customer();
        return DiscountPrecedence.select(candidates, new DiscountPrecedence.Situation(account.id(),
                customer.customerTypeId(), customer.priceListId(), productId, groupKey, quantity, revenue(), day));
    }

    private Map<Currency, BigDecimal> revenue() {
        if (revenue == null) {
            boolean needed = candidates.stream()
                    .anyMatch(p -> p.terms().condition() instanceof DiscountCondition.MinimumRevenue);
            revenue = needed ? trailingTwelveMonths(context, account, day) : Map.of();
        }
        return revenue;
    }

    @Override
    public Optional<BigDecimal> manualLimit() {
        if (context.user.admin()) {
            return Optional.empty();
        }
        BigDecimal own = null;
        BigDecimal team = null;
        for (DiscountLimit limit : context.uow.discounts().limitsOf(context.user.id(), context.user.teamId().orElse(null))) {
            if (limit.subject() instanceof DiscountLimit.User) {
                own = limit.percent();
            } else {
                team = limit.percent();
            }
        }
        return Optional.ofNullable(own != null ? own : team);
    }

    /**
     * The customer's realised revenue over the trailing twelve months as of the day, by currency: the subtotals of its
     * orders invoiced from the start of the same day twelve months earlier to the end of the day (the revenue's
     * definition), read as one aggregate.
     */
    static Map<Currency, BigDecimal> trailingTwelveMonths(Context context, Account account, LocalDate day) {
        ZoneId zone = context.tenant.timeZone();
        Map<Currency, BigDecimal> revenue = new HashMap<>();
        context.uow.orders().invoicedAmounts(account.id(), List.of(day.minusMonths(12).atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant())).forEach(sum -> revenue.merge(sum.currency(), sum.amount(), BigDecimal::add));
        return revenue;
    }
}
