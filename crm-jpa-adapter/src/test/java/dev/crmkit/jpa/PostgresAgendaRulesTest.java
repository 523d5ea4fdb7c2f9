package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaRulesContract;

class PostgresAgendaRulesTest extends AgendaRulesContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
