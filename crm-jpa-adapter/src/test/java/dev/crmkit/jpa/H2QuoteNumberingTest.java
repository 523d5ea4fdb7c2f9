package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.QuoteNumberingContract;

class H2QuoteNumberingTest extends QuoteNumberingContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
