package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountConcurrencyContract;

class PostgresAccountConcurrencyTest extends AccountConcurrencyContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
