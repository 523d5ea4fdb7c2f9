package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InvalidAccountCommandProperties;

class PostgresInvalidAccountCommandProperties extends InvalidAccountCommandProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
