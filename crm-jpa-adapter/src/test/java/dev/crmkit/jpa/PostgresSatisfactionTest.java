package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.SatisfactionContract;

class PostgresSatisfactionTest extends SatisfactionContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
