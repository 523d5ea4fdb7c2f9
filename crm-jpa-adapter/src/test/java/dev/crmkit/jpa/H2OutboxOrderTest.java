package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;

class H2OutboxOrderTest extends OutboxOrderContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
