package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UserAdministrationContract;

class PostgresUserAdministrationTest extends UserAdministrationContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
