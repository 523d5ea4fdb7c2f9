package dev.crmkit.product;

import dev.crmkit.common.ProductId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces a product's details and its active flag. Start from what was read, {@code UpdateProduct.from(product)},
 * and change what changes: the rest stays as it was.
 *
 * @param productId the product
 * @param details the new details
 * @param active whether it may go on new quotes
 * @param expectedVersion the version the caller last saw
 */
public record UpdateProduct(
        @NotNull ProductId productId, @NotNull @Valid ProductDetails details, boolean active, @NotNull Version expectedVersion) {

    /**
     * The update that changes nothing of a product as it was read.
     *
     * @param product the product
     * @return the command, at the product's version
     */
    public static UpdateProduct from(Product product) {
        return new UpdateProduct(product.id(), product.details(), product.active(), product.version());
    }

    /**
     * @param value the new details
     * @return the command with them
     */
    public UpdateProduct withDetails(ProductDetails value) {
        return new UpdateProduct(productId, value, active, expectedVersion);
    }

    /**
     * @param value whether it may go on new quotes
     * @return the command with the flag
     */
    public UpdateProduct withActive(boolean value) {
        return new UpdateProduct(productId, details, value, expectedVersion);
    }
}
