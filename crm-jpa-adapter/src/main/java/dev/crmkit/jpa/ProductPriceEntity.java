package dev.crmkit.jpa;

import dev.crmkit.common.Money;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.product.Validity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** The row of a {@link ProductPrice} in its price list. */
@Entity(name = "ProductPrice")
@Table(name = "crm_product_price")
@IdClass(Keys.ByUuid.class)
class ProductPriceEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    @Column(name = "price_list_id")
    UUID priceListId;

    @Column(name = "product_id")
    UUID productId;

    BigDecimal amount;

    String currency;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    ProductPriceEntity() {}

    static ProductPriceEntity of(String tenantId, UUID priceListId, ProductPrice price) {
        ProductPriceEntity row = new ProductPriceEntity();
        row.tenantId = tenantId;
        row.id = price.id().value();
        row.priceListId = priceListId;
        row.productId = price.productId().value();
        row.apply(price);
        return row;
    }

    void apply(ProductPrice price) {
        amount = price.price().amount();
        currency = price.price().currency().getCurrencyCode();
        validFrom = price.validity().from();
        validUntil = price.validity().until();
    }

    ProductPrice toDomain() {
        return new ProductPrice(new ProductPriceId(id), new ProductId(productId),
                new Money(amount, Currency.getInstance(currency)), new Validity(validFrom, validUntil));
    }
}
