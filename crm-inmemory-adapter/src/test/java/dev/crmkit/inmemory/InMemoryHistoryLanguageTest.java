package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.HistoryLanguageContract;

class InMemoryHistoryLanguageTest extends HistoryLanguageContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
