package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardConcurrencyContract;

class PostgresCardConcurrencyTest extends CardConcurrencyContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
