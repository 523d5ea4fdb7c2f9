package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.EventDeliveryContract;

class H2EventDeliveryTest extends EventDeliveryContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
