package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.TimelineContract;

class InMemoryTimelineTest extends TimelineContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
