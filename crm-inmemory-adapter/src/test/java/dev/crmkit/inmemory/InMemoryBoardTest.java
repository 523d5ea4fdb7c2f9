package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BoardContract;

class InMemoryBoardTest extends BoardContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
