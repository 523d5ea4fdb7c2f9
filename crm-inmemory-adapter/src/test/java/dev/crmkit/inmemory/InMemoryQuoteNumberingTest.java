package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.QuoteNumberingContract;

class InMemoryQuoteNumberingTest extends QuoteNumberingContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
