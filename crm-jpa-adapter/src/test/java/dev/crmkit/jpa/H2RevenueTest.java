package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.RevenueContract;

class H2RevenueTest extends RevenueContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
