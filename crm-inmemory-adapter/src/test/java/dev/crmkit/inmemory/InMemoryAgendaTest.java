package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaContract;

class InMemoryAgendaTest extends AgendaContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
