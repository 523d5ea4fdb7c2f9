package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaProperties;

class InMemoryAgendaProperties extends AgendaProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
