package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RelationshipContract;

class H2RelationshipTest extends RelationshipContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
