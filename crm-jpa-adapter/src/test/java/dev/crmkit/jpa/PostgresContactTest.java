package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ContactContract;

class PostgresContactTest extends ContactContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
