package dev.crmkit.jpa;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import dev.crmkit.product.PriceListTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Currency;
import java.util.UUID;

/** The row of a price list's {@link PriceListTerms}: its currency and version. */
@Entity(name = "PriceList")
@Table(name = "crm_price_list")
@IdClass(Keys.ByUuid.class)
class PriceListEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    String currency;

    @jakarta.persistence.Version
    Long version;

    PriceListEntity() {}

    static PriceListEntity of(String tenantId, PriceListTerms terms) {
        PriceListEntity row = new PriceListEntity();
        row.tenantId = tenantId;
        row.id = terms.id().value();
        row.apply(terms);
        return row;
    }

    void apply(PriceListTerms terms) {
        currency = terms.currency() == null ? null : terms.currency().getCurrencyCode();
    }

    PriceListTerms toDomain() {
        return new PriceListTerms(new CatalogEntryId(id), currency == null ? null : Currency.getInstance(currency),
                Version.of(version));
    }
}
