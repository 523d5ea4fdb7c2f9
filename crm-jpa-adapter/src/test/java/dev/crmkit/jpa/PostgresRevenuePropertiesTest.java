package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RevenueProperties;

class PostgresRevenuePropertiesTest extends RevenueProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
