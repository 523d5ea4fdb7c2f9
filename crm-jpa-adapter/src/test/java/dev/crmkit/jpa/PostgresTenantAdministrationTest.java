package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantAdministrationContract;

class PostgresTenantAdministrationTest extends TenantAdministrationContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
