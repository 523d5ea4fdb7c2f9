package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TimelineContract;

class H2TimelineTest extends TimelineContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
