package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.MessageContract;

class PostgresMessageTest extends MessageContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
