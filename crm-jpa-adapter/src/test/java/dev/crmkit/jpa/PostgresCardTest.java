package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardContract;

class PostgresCardTest extends CardContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
