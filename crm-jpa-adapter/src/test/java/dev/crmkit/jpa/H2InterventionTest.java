package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InterventionContract;

class H2InterventionTest extends InterventionContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
