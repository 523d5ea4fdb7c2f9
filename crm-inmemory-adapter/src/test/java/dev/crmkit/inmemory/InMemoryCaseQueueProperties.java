package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CaseQueueProperties;

class InMemoryCaseQueueProperties extends CaseQueueProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
