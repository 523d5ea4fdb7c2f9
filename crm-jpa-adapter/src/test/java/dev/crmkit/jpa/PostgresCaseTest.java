package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CaseContract;

class PostgresCaseTest extends CaseContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
