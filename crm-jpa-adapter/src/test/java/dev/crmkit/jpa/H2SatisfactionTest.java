package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.SatisfactionContract;

class H2SatisfactionTest extends SatisfactionContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
