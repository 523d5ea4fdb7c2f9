package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InputBoundaryContract;

class PostgresInputBoundaryTest extends InputBoundaryContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
