package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ProductContract;

class H2ProductTest extends ProductContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
