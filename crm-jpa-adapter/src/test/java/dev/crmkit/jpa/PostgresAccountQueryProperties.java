package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountQueryProperties;

class PostgresAccountQueryProperties extends AccountQueryProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
