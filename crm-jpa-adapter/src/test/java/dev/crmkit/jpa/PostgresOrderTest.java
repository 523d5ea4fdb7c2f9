package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.OrderContract;

class PostgresOrderTest extends OrderContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
