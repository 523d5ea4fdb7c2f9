package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DocumentContract;

class PostgresDocumentTest extends DocumentContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
