package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ReportContract;

class InMemoryReportTest extends ReportContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
