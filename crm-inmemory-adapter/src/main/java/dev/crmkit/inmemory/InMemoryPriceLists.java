package dev.crmkit.inmemory;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.product.PriceListTerms;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.spi.PriceListRepository;
import java.util.List;
import java.util.Optional;

/** The price lists' terms and prices of a partition. */
final class InMemoryPriceLists implements PriceListRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryPriceLists(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<PriceListTerms> findById(CatalogEntryId id) {
        return data.priceLists.get(id);
    }

    @Override
    public PriceListTerms insert(PriceListTerms terms) {
        return uow.insert(data.priceLists, terms::withVersion);
    }

    @Override
    public PriceListTerms update(PriceListTerms terms) {
        return uow.update(data.priceLists, "price-list", terms.id(), terms.version(), PriceListTerms::version,
                terms::withVersion);
    }

    @Override
    public void delete(CatalogEntryId id) {
        Journal journal = uow.writable();
        for (TenantPartition.ListedPrice price : data.prices.find(data.pricesByList, id)) {
            data.prices.delete(price.price().id(), journal);
        }
        data.priceLists.delete(id, journal);
    }

    @Override
    public List<ProductPrice> prices(CatalogEntryId id) {
        return data.prices.find(data.pricesByList, id).stream().map(TenantPartition.ListedPrice::price).toList();
    }

    @Override
    public List<ProductPrice> pricesOf(CatalogEntryId id, ProductId productId) {
        return data.prices.find(data.pricesByListAndProduct, List.of(id, productId)).stream()
                .map(TenantPartition.ListedPrice::price).toList();
    }

    @Override
    public boolean hasPrices(CatalogEntryId id) {
        return !data.prices.find(data.pricesByList, id).isEmpty();
    }

    @Override
    public void insertPrice(CatalogEntryId id, ProductPrice price) {
        data.prices.insert(new TenantPartition.ListedPrice(id, price), uow.writable());
    }

    @Override
    public void updatePrice(CatalogEntryId id, ProductPrice price) {
        data.prices.replace(new TenantPartition.ListedPrice(id, price), uow.writable());
    }

    @Override
    public void deletePrice(CatalogEntryId id, ProductPriceId priceId) {
        data.prices.delete(priceId, uow.writable());
    }
}
