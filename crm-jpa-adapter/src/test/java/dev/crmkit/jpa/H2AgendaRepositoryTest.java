package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaRepositoryContract;

class H2AgendaRepositoryTest extends AgendaRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
