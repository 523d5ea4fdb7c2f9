package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.QuoteContract;

class InMemoryQuoteTest extends QuoteContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
