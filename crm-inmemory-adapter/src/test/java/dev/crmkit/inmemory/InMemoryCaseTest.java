package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CaseContract;

class InMemoryCaseTest extends CaseContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
