package dev.crmkit.jpa;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.common.Version;
import dev.crmkit.product.PriceListTerms;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.spi.PriceListRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The price lists' terms and prices of a unit of work's tenant. */
final class JpaPriceLists implements PriceListRepository {

    private final JpaUnitOfWork uow;

    JpaPriceLists(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private PriceListEntity row(CatalogEntryId id) {
        return uow.find(PriceListEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<PriceListTerms> findById(CatalogEntryId id) {
        return Optional.ofNullable(row(id)).map(PriceListEntity::toDomain);
    }

    @Override
    public PriceListTerms insert(PriceListTerms terms) {
        PriceListTerms stored = terms.withVersion(Version.FIRST);
        PriceListEntity row = PriceListEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public PriceListTerms update(PriceListTerms terms) {
        PriceListEntity row = row(terms.id());
        boolean unchanged = row != null && row.toDomain().equals(terms);
        return terms.withVersion(uow.update(row, "price-list", terms.id(), terms.version(), r -> r.version, unchanged,
                r -> r.apply(terms)));
    }

    @Override
    public void delete(CatalogEntryId id) {
        uow.writable();
        for (ProductPriceEntity price : rows(id, null)) {
            uow.remove(price);
        }
        PriceListEntity row = row(id);
        if (row != null) {
            uow.remove(row);
        }
    }

    private List<ProductPriceEntity> rows(CatalogEntryId id, ProductId productId) {
        String jpql = "select p from ProductPrice p where p.tenantId = :tenant and p.priceListId = :list"
                + (productId == null ? "" : " and p.productId = :product");
        var query = uow.em().createQuery(jpql, ProductPriceEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("list", id.value());
        if (productId != null) {
            query.setParameter("product", productId.value());
        }
        return uow.watched(query::getResultList);
    }

    @Override
    public List<ProductPrice> prices(CatalogEntryId id) {
        return rows(id, null).stream().map(ProductPriceEntity::toDomain).toList();
    }

    @Override
    public List<ProductPrice> pricesOf(CatalogEntryId id, ProductId productId) {
        return rows(id, productId).stream().map(ProductPriceEntity::toDomain).toList();
    }

    @Override
    public List<ProductPrice> pricesOf(CatalogEntryId id, Collection<ProductId> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        // Plain JDBC, not entities (as JpaProducts.findByIds): a quote's prices are read, never changed.
        InList in = uow.uuids("products", productIds.stream().map(ProductId::value).distinct().toList());
        return in.bind(new SqlQuery().append("select " + ProductPriceEntity.COLUMNS + " from crm_product_price p"
                        + " where p.tenant_id = :tenant and p.price_list_id = :list and " + in.in("p.product_id"),
                        "tenant", uow.tenant).bind("list", id.value()))
                .rows(uow, 0, ProductPriceEntity::read).stream().map(ProductPriceEntity::toDomain).toList();
    }

    @Override
    public boolean hasPrices(CatalogEntryId id) {
        return !uow.watched(() -> uow.em().createQuery(
                        "select p.id from ProductPrice p where p.tenantId = :tenant and p.priceListId = :list", Object.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("list", id.value())
                .setMaxResults(1)
                .getResultList()).isEmpty();
    }

    @Override
    public void insertPrice(CatalogEntryId id, ProductPrice price) {
        uow.persist(ProductPriceEntity.of(uow.tenant, id.value(), price));
    }

    @Override
    public void updatePrice(CatalogEntryId id, ProductPrice price) {
        uow.writable();
        ProductPriceEntity row = priceRow(price.id());
        if (row == null || !row.priceListId.equals(id.value())) {
            throw new NotFoundException("product-price", "priceId", price.id());
        }
        row.apply(price);
        // The session flushes by hand (JpaUnitOfWork#em): write the change before a query of this unit of work reads it.
        uow.flush();
    }

    @Override
    public void deletePrice(CatalogEntryId id, ProductPriceId priceId) {
        ProductPriceEntity row = priceRow(priceId);
        if (row == null || !row.priceListId.equals(id.value())) {
            throw new NotFoundException("product-price", "priceId", priceId);
        }
        uow.remove(row);
    }

    private ProductPriceEntity priceRow(ProductPriceId id) {
        return uow.find(ProductPriceEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }
}
