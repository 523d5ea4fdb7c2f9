package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountRepositoryContract;

class PostgresAccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
