package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CatalogContract;

class InMemoryCatalogTest extends CatalogContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
