package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RelationshipContract;

class InMemoryRelationshipTest extends RelationshipContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
