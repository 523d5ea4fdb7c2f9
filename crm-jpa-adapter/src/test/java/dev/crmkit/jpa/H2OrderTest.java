package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.OrderContract;

class H2OrderTest extends OrderContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
