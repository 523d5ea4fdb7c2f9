package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.LocalizationContract;

class InMemoryLocalizationTest extends LocalizationContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
