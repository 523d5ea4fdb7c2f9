package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardConcurrencyContract;

class InMemoryCardConcurrencyTest extends CardConcurrencyContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
