package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.FaultInjectionContract;

class InMemoryFaultInjectionTest extends FaultInjectionContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
