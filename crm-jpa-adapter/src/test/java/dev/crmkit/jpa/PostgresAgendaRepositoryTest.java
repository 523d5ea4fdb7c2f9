package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaRepositoryContract;

class PostgresAgendaRepositoryTest extends AgendaRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
