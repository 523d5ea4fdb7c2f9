package dev.crmkit.product;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import java.util.Currency;

/**
 * A price list an account buys from. Its name and active flag are those of its {@code PRICE_LIST} catalog entry
 * (renamed and deactivated through the catalogs); its currency and prices are kept here.
 *
 * @param id the price list's catalog entry
 * @param name its name
 * @param currency the currency of its prices, or {@code null} while an administrator has not set it (a price list
 *     made through the catalogs alone, or one whose currency could not be told from the tenant's language when price
 *     lists gained currencies); a list without a currency takes no prices
 * @param version the version of its terms ({@link Version#UNSAVED} for a list whose currency was never set); every
 *     change to its currency or prices advances it
 */
public record PriceList(CatalogEntryId id, String name, Currency currency, Version version) {}
