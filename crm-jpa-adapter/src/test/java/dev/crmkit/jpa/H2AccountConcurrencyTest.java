package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountConcurrencyContract;

class H2AccountConcurrencyTest extends AccountConcurrencyContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
