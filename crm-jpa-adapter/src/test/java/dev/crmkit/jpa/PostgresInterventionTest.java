package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InterventionContract;

class PostgresInterventionTest extends InterventionContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
