package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ProductContract;

class PostgresProductTest extends ProductContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
