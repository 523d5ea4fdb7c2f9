package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ConsentContract;

class H2ConsentTest extends ConsentContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
