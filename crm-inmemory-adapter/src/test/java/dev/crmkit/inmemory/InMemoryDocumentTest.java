package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DocumentContract;

class InMemoryDocumentTest extends DocumentContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
