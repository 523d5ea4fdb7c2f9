package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountQueryProperties;

class InMemoryAccountQueryProperties extends AccountQueryProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
