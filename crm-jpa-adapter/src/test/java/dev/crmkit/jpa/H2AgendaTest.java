package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaContract;

class H2AgendaTest extends AgendaContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
