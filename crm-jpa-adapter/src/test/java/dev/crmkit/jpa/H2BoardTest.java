package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BoardContract;

class H2BoardTest extends BoardContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
