package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UserAdministrationContract;

class InMemoryUserAdministrationTest extends UserAdministrationContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
