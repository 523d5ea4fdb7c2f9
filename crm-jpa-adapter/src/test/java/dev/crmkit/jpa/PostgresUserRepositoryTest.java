package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UserRepositoryContract;

class PostgresUserRepositoryTest extends UserRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
