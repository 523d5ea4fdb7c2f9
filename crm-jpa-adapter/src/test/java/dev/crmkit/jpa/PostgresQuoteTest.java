package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.QuoteContract;

class PostgresQuoteTest extends QuoteContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
