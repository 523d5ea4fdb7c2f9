package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InterventionContract;

class InMemoryInterventionTest extends InterventionContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
