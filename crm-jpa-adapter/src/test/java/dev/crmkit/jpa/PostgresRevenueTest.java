package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RevenueContract;

class PostgresRevenueTest extends RevenueContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
