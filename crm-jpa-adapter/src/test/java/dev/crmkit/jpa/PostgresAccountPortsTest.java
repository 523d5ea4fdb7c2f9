package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountPortsContract;

class PostgresAccountPortsTest extends AccountPortsContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
