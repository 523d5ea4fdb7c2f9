package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.ReportContract;

class PostgresReportTest extends ReportContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
