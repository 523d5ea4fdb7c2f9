package dev.crmkit.jpa;

import dev.crmkit.common.ProductId;
import dev.crmkit.common.Version;
import dev.crmkit.product.Product;
import dev.crmkit.spi.ProductRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The products of a unit of work's tenant. */
final class JpaProducts implements ProductRepository {

    private final JpaUnitOfWork uow;

    JpaProducts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private ProductEntity row(ProductId id) {
        return uow.find(ProductEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return Optional.ofNullable(row(id)).map(ProductEntity::toDomain);
    }

    @Override
    public List<Product> findByIds(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Plain JDBC, not entities: read to price a quote's lines, never changed, so nothing for the flush to check.
        InList in = uow.uuids("id", ids.stream().map(ProductId::value).distinct().toList());
        return in.bind(new SqlQuery().append("select " + ProductEntity.COLUMNS + " from crm_product p"
                        + " where p.tenant_id = :tenant and " + in.in("p.id"), "tenant", uow.tenant))
                .rows(uow, 0, ProductEntity::read).stream().map(ProductEntity::toDomain).toList();
    }

    @Override
    public Optional<Product> findByCodeKey(String codeKey) {
        return uow.watched(() -> uow.em().createQuery(
                        "select p from Product p where p.tenantId = :tenant and p.codeKey = :key", ProductEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("key", codeKey)
                .getResultStream().findFirst()).map(ProductEntity::toDomain);
    }

    @Override
    public Set<String> existingCodeKeys(Collection<String> codeKeys) {
        if (codeKeys.isEmpty()) {
            return Set.of();
        }
        Set<String> taken = new HashSet<>();
        List<String> keys = List.copyOf(codeKeys);
        // In chunks: an import of 10,000 rows would pass PostgreSQL's limit of bind parameters in one statement.
        for (int from = 0; from < keys.size(); from += 1_000) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 1_000));
            taken.addAll(uow.watched(() -> uow.em().createQuery(
                            "select p.codeKey from Product p where p.tenantId = :tenant and p.codeKey in :keys", String.class)
                    .setParameter("tenant", uow.tenant)
                    .setParameter("keys", chunk)
                    .getResultList()));
        }
        return taken;
    }

    @Override
    public List<Product> findAll() {
        return uow.watched(() -> uow.em().createQuery("select p from Product p where p.tenantId = :tenant", ProductEntity.class)
                .setParameter("tenant", uow.tenant)
                .getResultList()).stream().map(ProductEntity::toDomain).toList();
    }

    @Override
    public Product insert(Product product) {
        Product stored = product.withVersion(Version.FIRST);
        ProductEntity row = ProductEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Product update(Product product) {
        ProductEntity row = row(product.id());
        boolean unchanged = row != null && row.toDomain().equals(product);
        return product.withVersion(uow.update(row, "product", product.id(), product.version(), r -> r.version, unchanged,
                r -> r.apply(product)));
    }
}
