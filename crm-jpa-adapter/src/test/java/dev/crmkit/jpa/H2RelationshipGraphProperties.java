package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RelationshipGraphProperties;

class H2RelationshipGraphProperties extends RelationshipGraphProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
