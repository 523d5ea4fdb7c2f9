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

    /** The columns {@link #read} reads, in its order (alias {@code p}). */
    static final String COLUMNS = "p.tenant_id, p.id, p.code, p.code_key, p.name, p.unit, p.kind, p.route, p.group_name,"
            + " p.group_key, p.active, p.created_at, p.updated_at, p.version";

    /**
     * A row of a plain JDBC statement selecting {@link #COLUMNS} first: a value to read, never managed by the
     * session (a quote's fifty products are not dirty-checked at its flush).
     */
    static ProductEntity read(java.sql.ResultSet rs) throws java.sql.SQLException {
        ProductEntity row = new ProductEntity();
        int c = 0;
        row.tenantId = rs.getString(++c);
        row.id = rs.getObject(++c, UUID.class);
        row.code = rs.getString(++c);
        row.codeKey = rs.getString(++c);
        row.name = rs.getString(++c);
        row.unit = rs.getString(++c);
        row.kind = rs.getString(++c);
        row.route = rs.getString(++c);
        row.groupName = rs.getString(++c);
        row.groupKey = rs.getString(++c);
        row.active = rs.getBoolean(++c);
        row.createdAt = SqlQuery.instant(rs, ++c);
        row.updatedAt = SqlQuery.instant(rs, ++c);
        row.version = rs.getObject(++c, Long.class);
        return row;
    }

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
