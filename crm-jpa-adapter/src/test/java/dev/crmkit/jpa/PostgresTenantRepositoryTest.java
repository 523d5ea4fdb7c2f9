package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantRepositoryContract;

class PostgresTenantRepositoryTest extends TenantRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
