package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InvalidAccountCommandProperties;

class InMemoryInvalidAccountCommandProperties extends InvalidAccountCommandProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
