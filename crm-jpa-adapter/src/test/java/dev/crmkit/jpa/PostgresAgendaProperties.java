package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaProperties;

class PostgresAgendaProperties extends AgendaProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
