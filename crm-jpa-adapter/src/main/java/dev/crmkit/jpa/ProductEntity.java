package dev.crmkit.jpa;

import dev.crmkit.common.ProductId;
import dev.crmkit.common.Version;
import dev.crmkit.product.Product;
import dev.crmkit.spi.StoredRecords;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductKind;
import dev.crmkit.product.ProductRoute;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The row of a {@link Product}: every detail a column, the code's key unique per tenant. */
@Entity(name = "Product")
@Table(name = "crm_product")
@IdClass(Keys.ByUuid.class)
class ProductEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    String code;

    @Column(name = "code_key")
    String codeKey;

    String name;

    String unit;

    String kind;

    String route;

    @Column(name = "group_name")
    String groupName;

    @Column(name = "group_key")
    String groupKey;

    boolean active;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    ProductEntity() {}

    static ProductEntity of(String tenantId, Product product) {
        ProductEntity row = new ProductEntity();
        row.tenantId = tenantId;
        row.id = product.id().value();
        row.createdAt = product.createdAt();
        row.apply(product);
        return row;
    }

    void apply(Product product) {
        ProductDetails d = product.details();
        code = d.code();
        codeKey = d.codeKey();
        name = d.name();
        unit = d.unit();
        kind = d.kind().name();
        route = d.route().name();
        groupName = d.group();
        groupKey = d.groupKey();
        active = product.active();
        updatedAt = product.updatedAt();
    }

    Product toDomain() {
        return StoredRecords.product(new ProductId(id), new ProductDetails(code, name, unit, ProductKind.valueOf(kind),
                ProductRoute.valueOf(route), groupName), active, createdAt, updatedAt, Version.of(version));
    }
}
