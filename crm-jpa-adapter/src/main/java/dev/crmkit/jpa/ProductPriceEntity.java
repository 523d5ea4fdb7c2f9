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

    /** The columns {@link #read} reads, in its order (alias {@code p}). */
    static final String COLUMNS = "p.tenant_id, p.id, p.price_list_id, p.product_id, p.amount, p.currency, p.valid_from,"
            + " p.valid_until";

    /** A row of a plain JDBC statement selecting {@link #COLUMNS} first: a value to read, never managed by the session. */
    static ProductPriceEntity read(java.sql.ResultSet rs) throws java.sql.SQLException {
        ProductPriceEntity row = new ProductPriceEntity();
        int c = 0;
        row.tenantId = rs.getString(++c);
        row.id = rs.getObject(++c, UUID.class);
        row.priceListId = rs.getObject(++c, UUID.class);
        row.productId = rs.getObject(++c, UUID.class);
        row.amount = rs.getBigDecimal(++c);
        row.currency = rs.getString(++c);
        row.validFrom = rs.getObject(++c, LocalDate.class);
        row.validUntil = rs.getObject(++c, LocalDate.class);
        return row;
    }

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
