package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ProductContract;

class InMemoryProductTest extends ProductContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
