package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DocumentContract;

class H2DocumentTest extends DocumentContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
