package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.SegmentContract;

class H2SegmentTest extends SegmentContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
