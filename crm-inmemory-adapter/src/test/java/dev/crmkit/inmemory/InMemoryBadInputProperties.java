package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BadInputProperties;

class InMemoryBadInputProperties extends BadInputProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
