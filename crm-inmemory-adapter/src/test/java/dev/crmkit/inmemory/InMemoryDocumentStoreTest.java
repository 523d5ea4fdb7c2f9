package dev.crmkit.inmemory;

import dev.crmkit.spi.DocumentStore;
import dev.crmkit.testkit.DocumentStoreContract;

class InMemoryDocumentStoreTest extends DocumentStoreContract {

    private final DocumentStore store = new InMemoryDocumentStore();

    @Override
    protected DocumentStore documentStore() {
        return store;
    }
}
