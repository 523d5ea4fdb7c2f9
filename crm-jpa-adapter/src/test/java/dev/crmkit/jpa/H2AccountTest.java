package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountContract;

class H2AccountTest extends AccountContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
