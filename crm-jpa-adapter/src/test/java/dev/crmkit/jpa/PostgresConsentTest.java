package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ConsentContract;

class PostgresConsentTest extends ConsentContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
