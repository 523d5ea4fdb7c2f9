package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TimelineContract;

class PostgresTimelineTest extends TimelineContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
