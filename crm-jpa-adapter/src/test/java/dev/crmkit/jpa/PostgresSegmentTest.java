package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.SegmentContract;

class PostgresSegmentTest extends SegmentContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
