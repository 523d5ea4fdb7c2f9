package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.OrderContract;

class InMemoryOrderTest extends OrderContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
