package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TenantIsolationProperties;

class H2TenantIsolationProperties extends TenantIsolationProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
