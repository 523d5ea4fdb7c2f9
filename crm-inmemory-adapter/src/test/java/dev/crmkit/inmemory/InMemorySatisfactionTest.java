package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.SatisfactionContract;

class InMemorySatisfactionTest extends SatisfactionContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
