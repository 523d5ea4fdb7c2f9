package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountPortsContract;

class H2AccountPortsTest extends AccountPortsContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
