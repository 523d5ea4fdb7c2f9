package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RelationshipGraphProperties;

class PostgresRelationshipGraphProperties extends RelationshipGraphProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
