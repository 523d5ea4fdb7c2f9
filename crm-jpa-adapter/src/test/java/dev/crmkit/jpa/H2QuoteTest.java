package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.QuoteContract;

class H2QuoteTest extends QuoteContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
