package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CatalogRepositoryContract;

class H2CatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
