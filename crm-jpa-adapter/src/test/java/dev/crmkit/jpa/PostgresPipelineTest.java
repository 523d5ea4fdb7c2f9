package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.PipelineContract;

class PostgresPipelineTest extends PipelineContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
