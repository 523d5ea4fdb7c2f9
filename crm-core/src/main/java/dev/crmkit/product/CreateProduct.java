package dev.crmkit.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Creates a product or service.
 *
 * @param details the product
 */
public record CreateProduct(@NotNull @Valid ProductDetails details) {}
