package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantIsolationProperties;

class PostgresTenantIsolationProperties extends TenantIsolationProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
