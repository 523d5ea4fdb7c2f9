package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.QuoteNumberingContract;

class PostgresQuoteNumberingTest extends QuoteNumberingContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
