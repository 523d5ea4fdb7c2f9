package dev.crmkit.product;

import dev.crmkit.common.ProductId;
import java.util.List;
import java.util.Optional;

/**
 * The products and services the tenant sells. Every user reads them; only an administrator creates, changes or
 * imports them.
 */
public interface Products {

    /**
     * Creates a product.
     *
     * @param command the product's details; its code must be free in the tenant
     * @return the stored product
     */
    Product create(CreateProduct command);

    /**
     * Replaces a product's details and active flag.
     *
     * @param command the product, its details, its flag and the version the caller last saw
     * @return the stored product
     */
    Product update(UpdateProduct command);

    /**
     * Imports products in bulk (a host bringing its ERP's catalogue in): all of them or none, in one unit of work.
     * Every problem of every row is reported at once, each named by its row ({@code products[3].code}), including
     * a code repeated within the import or already taken in the tenant.
     *
     * @param command the rows, at most {@link ImportProducts#MAX_ROWS}
     * @return the new products' ids, in the rows' order
     */
    List<ProductId> importProducts(ImportProducts command);

    /**
     * One product.
     *
     * @param productId the product
     * @return the product
     */
    Product get(ProductId productId);

    /**
     * The product with a code, compared as codes are unique (case and repeated blanks aside).
     *
     * @param code the code
     * @return the product, or empty when no product has the code
     */
    Optional<Product> byCode(String code);

    /**
     * The tenant's products, or those of one product group, sorted by code.
     *
     * @param group a product group (compared as codes are, case and repeated blanks aside), or {@code null} for every
     *     product
     * @param includeInactive whether inactive products are listed too
     * @return the products
     */
    List<Product> list(String group, boolean includeInactive);
}
