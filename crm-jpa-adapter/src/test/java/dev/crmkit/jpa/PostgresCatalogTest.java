package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CatalogContract;

class PostgresCatalogTest extends CatalogContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
