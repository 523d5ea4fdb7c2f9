package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BoardQueryProperties;

class InMemoryBoardQueryProperties extends BoardQueryProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
