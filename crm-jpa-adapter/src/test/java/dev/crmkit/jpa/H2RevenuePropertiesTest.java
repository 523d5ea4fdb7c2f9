package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RevenueProperties;

class H2RevenuePropertiesTest extends RevenueProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
