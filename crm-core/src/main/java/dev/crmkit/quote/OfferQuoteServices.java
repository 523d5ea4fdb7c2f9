package dev.crmkit.quote;

import dev.crmkit.account.Account;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.ProductId;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Prices;
import dev.crmkit.internal.QuoteOffers;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductPrice;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link QuoteOffers} through the quote service's own creation ({@link QuoteService#insertNew}): what a launch reads
 * once for all its quotes (the products; each price list's currency and prices) is read once, the rest (the account's
 * discount policies, its taxes, the count, the quote) once per quote, as {@code Quotes.create} does.
 */
final class OfferQuoteServices implements QuoteOffers {

    private final QuoteService quotes;

    OfferQuoteServices(QuoteService quotes) {
        this.quotes = quotes;
    }

    @Override
    public Offer prepare(Context context, List<QuoteLineInput> lines, Currency currency, int validDays, String path,
            InvalidCommandException.Builder problems) {
        Map<ProductId, Product> products = QuoteService.products(context, lines);
        QuoteService.checkItems(lines, products, path, problems);
        LocalDate today = LocalDate.ofInstant(context.now, context.tenant.timeZone());
        LocalDate validUntil = today.plusDays(validDays);
        // Accounts share few price lists: each list's currency and prices are read for its first account only.
        Map<CatalogEntryId, Optional<Currency>> currencies = new HashMap<>();
        Map<CatalogEntryId, Map<ProductId, ProductPrice>> prices = new HashMap<>();
        return (account, contactId) -> {
            CatalogEntryId list = account.details().customer().priceListId();
            Currency quoteCurrency = currency != null ? currency : list == null ? null
                    : currencies.computeIfAbsent(list, id -> Optional.ofNullable(QuoteService.listCurrency(context, account)))
                            .orElse(null);
            if (quoteCurrency == null) {
                return Optional.empty();
            }
            InvalidCommandException.Builder own = InvalidCommandException.builder("LaunchCampaign");
            Quote stored = quotes.insertNew(context, account,
                    new QuoteService.NewQuote(contactId, null, quoteCurrency, validUntil, lines, null), products,
                    unpriced -> list == null ? Map.of()
                            : prices.computeIfAbsent(list, id -> Prices.defaultPrices(context, account, unpriced, today)),
                    own);
            return Optional.ofNullable(stored).map(Quote::id);
        };
    }
}
