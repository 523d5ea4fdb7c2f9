package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.SegmentContract;

class InMemorySegmentTest extends SegmentContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
