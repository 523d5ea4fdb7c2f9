package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RelationshipGraphProperties;

class InMemoryRelationshipGraphProperties extends RelationshipGraphProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
