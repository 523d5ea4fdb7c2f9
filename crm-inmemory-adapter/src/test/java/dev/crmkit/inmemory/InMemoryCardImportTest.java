package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardImportContract;

class InMemoryCardImportTest extends CardImportContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
