package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.MessageContract;

class InMemoryMessageTest extends MessageContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
