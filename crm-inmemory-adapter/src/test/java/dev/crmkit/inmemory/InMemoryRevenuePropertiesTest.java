package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RevenueProperties;

class InMemoryRevenuePropertiesTest extends RevenueProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
