package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;

class PostgresOutboxOrderTest extends OutboxOrderContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
