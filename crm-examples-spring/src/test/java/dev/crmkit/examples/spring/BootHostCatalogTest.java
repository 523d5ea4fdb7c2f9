package dev.crmkit.examples.spring;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CatalogContract;

/** A JUnit Jupiter suite of the contract kit, on JUnit Jupiter 6 as Spring Boot 4.0.7 manages it. */
class BootHostCatalogTest extends CatalogContract {

    @Override
    protected CrmStore store() {
        return KitStore.SHARED;
    }
}
