package dev.crmkit.inmemory;

import dev.crmkit.common.ProductId;
import dev.crmkit.product.Product;
import dev.crmkit.spi.ProductRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The products of a partition, unique by code key. */
final class InMemoryProducts implements ProductRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryProducts(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return data.products.get(id);
    }

    @Override
    public Optional<Product> findByCodeKey(String codeKey) {
        return data.products.findUnique(data.productsByCode, codeKey);
    }

    @Override
    public Set<String> existingCodeKeys(Collection<String> codeKeys) {
        Set<String> taken = new HashSet<>();
        for (String key : codeKeys) {
            if (findByCodeKey(key).isPresent()) {
                taken.add(key);
            }
        }
        return taken;
    }

    @Override
    public List<Product> findAll() {
        return List.copyOf(data.products.all());
    }

    @Override
    public Product insert(Product product) {
        return uow.insert(data.products, product::withVersion);
    }

    @Override
    public Product update(Product product) {
        return uow.update(data.products, "product", product.id(), product.version(), Product::version, product::withVersion);
    }
}
