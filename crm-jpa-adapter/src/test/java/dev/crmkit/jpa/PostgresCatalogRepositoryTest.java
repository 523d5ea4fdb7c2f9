package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CatalogRepositoryContract;

class PostgresCatalogRepositoryTest extends CatalogRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
