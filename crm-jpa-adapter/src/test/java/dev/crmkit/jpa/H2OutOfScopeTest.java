package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.OutOfScopeContract;

class H2OutOfScopeTest extends OutOfScopeContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
