package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BadInputProperties;

class PostgresBadInputProperties extends BadInputProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
