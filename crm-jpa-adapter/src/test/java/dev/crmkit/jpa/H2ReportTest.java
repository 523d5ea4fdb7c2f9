package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ReportContract;

class H2ReportTest extends ReportContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
