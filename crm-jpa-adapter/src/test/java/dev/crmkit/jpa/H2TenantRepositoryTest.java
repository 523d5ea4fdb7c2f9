package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantRepositoryContract;

class H2TenantRepositoryTest extends TenantRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
