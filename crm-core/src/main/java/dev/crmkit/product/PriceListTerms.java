package dev.crmkit.product;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import java.util.Currency;
import java.util.Objects;

/**
 * What a store keeps of a price list besides its name (the name is its catalog entry's): its currency and the
 * version that every change to its prices advances, so two concurrent changes to one list's prices conflict.
 *
 * @param id the price list's catalog entry
 * @param currency the currency its prices are in, or {@code null} while an administrator has not set it
 * @param version the stored version
 */
public record PriceListTerms(CatalogEntryId id, Currency currency, Version version) {

    /** Checks the id and version are present. */
    public PriceListTerms {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    /**
     * These terms at another version; adapters call it when they store them.
     *
     * @param newVersion the version
     * @return the terms at that version
     */
    public PriceListTerms withVersion(Version newVersion) {
        return new PriceListTerms(id, currency, newVersion);
    }
}
