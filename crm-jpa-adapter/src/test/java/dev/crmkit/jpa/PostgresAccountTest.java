package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountContract;

class PostgresAccountTest extends AccountContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
