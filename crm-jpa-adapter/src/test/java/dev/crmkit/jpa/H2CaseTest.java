package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CaseContract;

class H2CaseTest extends CaseContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
