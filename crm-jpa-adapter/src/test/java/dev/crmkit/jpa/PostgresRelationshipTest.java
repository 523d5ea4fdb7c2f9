package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RelationshipContract;

class PostgresRelationshipTest extends RelationshipContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
