package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CatalogContract;

class H2CatalogTest extends CatalogContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
