package dev.crmkit.product;

import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private services of products and price lists for the entry point. It takes only
 * {@code dev.crmkit.internal} types, which host code may not use, so a host reaches these services only through
 * {@code CrmSession}.
 */
public final class ProductWiring {

    // Adapters rebuild products through StoredRecords, which reaches the package-private factory only through
    // what is registered here.
    static {
        StoredRecords.register(StoredRecords.ProductFactory.class, Product::reconstitute);
    }

    private ProductWiring() {}

    /**
     * The tenant's products.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Products products(Session session) {
        return new ProductService(session.useCases(), session.caller());
    }

    /**
     * The tenant's price lists.
     *
     * @param session the actor's session
     * @return the service
     */
    public static PriceLists priceLists(Session session) {
        return new PriceListService(session.useCases(), session.caller());
    }
}
