package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.EventDeliveryContract;

class PostgresEventDeliveryTest extends EventDeliveryContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
