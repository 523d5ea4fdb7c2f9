package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountRepositoryContract;

class H2AccountRepositoryTest extends AccountRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
