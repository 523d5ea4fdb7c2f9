package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaRepositoryContract;

class InMemoryAgendaRepositoryTest extends AgendaRepositoryContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
