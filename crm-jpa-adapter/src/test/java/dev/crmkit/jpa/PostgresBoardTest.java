package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BoardContract;

class PostgresBoardTest extends BoardContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
