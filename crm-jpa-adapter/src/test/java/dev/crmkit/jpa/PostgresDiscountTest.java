package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DiscountContract;

class PostgresDiscountTest extends DiscountContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
