package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardContract;

class InMemoryCardTest extends CardContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
