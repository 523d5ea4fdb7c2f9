package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CaseQueueProperties;

class PostgresCaseQueueProperties extends CaseQueueProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
