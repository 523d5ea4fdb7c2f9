package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.LocalizationContract;

class PostgresLocalizationTest extends LocalizationContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
