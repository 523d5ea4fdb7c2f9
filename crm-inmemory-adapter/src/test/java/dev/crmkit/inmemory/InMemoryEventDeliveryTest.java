package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.EventDeliveryContract;

class InMemoryEventDeliveryTest extends EventDeliveryContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
