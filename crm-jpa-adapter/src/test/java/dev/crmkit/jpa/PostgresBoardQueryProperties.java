package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BoardQueryProperties;

class PostgresBoardQueryProperties extends BoardQueryProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
