package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardImportContract;

class PostgresCardImportTest extends CardImportContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
