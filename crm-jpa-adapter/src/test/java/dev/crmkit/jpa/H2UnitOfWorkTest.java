package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UnitOfWorkContract;

class H2UnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
