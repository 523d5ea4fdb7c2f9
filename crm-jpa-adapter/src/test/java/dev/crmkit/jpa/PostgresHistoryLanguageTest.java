package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.HistoryLanguageContract;

class PostgresHistoryLanguageTest extends HistoryLanguageContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
