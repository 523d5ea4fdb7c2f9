package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UnitOfWorkContract;

class PostgresUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
