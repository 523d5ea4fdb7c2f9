package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantAdministrationContract;

class H2TenantAdministrationTest extends TenantAdministrationContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
