package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CatalogRepositoryContract;

class InMemoryCatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
