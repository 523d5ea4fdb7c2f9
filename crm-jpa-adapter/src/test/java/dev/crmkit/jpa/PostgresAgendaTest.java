package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaContract;

class PostgresAgendaTest extends AgendaContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
