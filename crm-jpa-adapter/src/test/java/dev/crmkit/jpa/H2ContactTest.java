package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ContactContract;

class H2ContactTest extends ContactContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
