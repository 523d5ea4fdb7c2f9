package dev.crmkit.campaign;

import dev.crmkit.common.Money;
import java.util.List;

/**
 * What a campaign's members brought: the cards, quotes and orders created for their accounts within the campaign
 * (see {@link Campaigns#results}), and the orders' value.
 *
 * @param cards the cards attributed
 * @param quotes the quotes attributed
 * @param orders the orders attributed
 * @param revenue the attributed orders' subtotals, one amount per currency, by currency code
 */
public record Attribution(long cards, long quotes, long orders, List<Money> revenue) {

    /** Nothing attributed. */
    public static final Attribution NONE = new Attribution(0, 0, 0, List.of());

    /** Copies the revenue. */
    public Attribution {
        revenue = List.copyOf(revenue);
    }
}
