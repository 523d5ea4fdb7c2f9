package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaRulesContract;

class H2AgendaRulesTest extends AgendaRulesContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
