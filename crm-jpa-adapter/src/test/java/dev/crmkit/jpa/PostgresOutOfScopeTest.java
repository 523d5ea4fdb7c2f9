package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.OutOfScopeContract;

class PostgresOutOfScopeTest extends OutOfScopeContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
