package dev.crmkit.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Currency;

/**
 * Creates a price list: its {@code PRICE_LIST} catalog entry and its currency, in one unit of work.
 *
 * @param name the name, unique among the tenant's price lists
 * @param currency the currency of its prices
 */
public record CreatePriceList(@NotBlank @Size(max = 120) String name, @NotNull Currency currency) {}
