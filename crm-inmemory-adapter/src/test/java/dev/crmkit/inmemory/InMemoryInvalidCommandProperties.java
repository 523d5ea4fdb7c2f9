package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InvalidCommandProperties;

class InMemoryInvalidCommandProperties extends InvalidCommandProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
