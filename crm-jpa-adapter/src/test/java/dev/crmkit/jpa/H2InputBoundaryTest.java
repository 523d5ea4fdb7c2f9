package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InputBoundaryContract;

class H2InputBoundaryTest extends InputBoundaryContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
