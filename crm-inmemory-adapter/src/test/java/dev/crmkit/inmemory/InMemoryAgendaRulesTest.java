package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaRulesContract;

class InMemoryAgendaRulesTest extends AgendaRulesContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
