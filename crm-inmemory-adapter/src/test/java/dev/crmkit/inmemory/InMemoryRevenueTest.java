package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RevenueContract;

class InMemoryRevenueTest extends RevenueContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
