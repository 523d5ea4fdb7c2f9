package dev.crmkit.spi;

import dev.crmkit.common.ProductId;
import dev.crmkit.product.Product;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The products and services of a unit of work's tenant. */
public interface ProductRepository {

    /**
     * @param id the product
     * @return the product, if the tenant has it
     */
    Optional<Product> findById(ProductId id);

    /**
     * Many products at once. The default asks {@link #findById} once per id; a database adapter answers with one
     * statement.
     *
     * @param ids the products
     * @return those the tenant has, in no particular order
     */
    default List<Product> findByIds(Collection<ProductId> ids) {
        return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    /**
     * @param codeKey a code's key ({@code ProductDetails.codeKey()})
     * @return the product with that code, if any
     */
    Optional<Product> findByCodeKey(String codeKey);

    /**
     * Which of some code keys products of the tenant hold: an import checks its rows with one call.
     *
     * @param codeKeys the keys
     * @return those taken
     */
    Set<String> existingCodeKeys(Collection<String> codeKeys);

    /**
     * @return every product of the tenant, in no particular order
     */
    List<Product> findAll();

    /**
     * @param product a new product at {@code Version.UNSAVED}
     * @return the product at {@code Version.FIRST}
     */
    Product insert(Product product);

    /**
     * @param product the product, at the version it was loaded with
     * @return the product at the next version
     */
    Product update(Product product);
}
