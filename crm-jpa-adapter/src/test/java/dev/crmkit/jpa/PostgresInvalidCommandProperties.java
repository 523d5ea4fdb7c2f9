package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InvalidCommandProperties;

class PostgresInvalidCommandProperties extends InvalidCommandProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
