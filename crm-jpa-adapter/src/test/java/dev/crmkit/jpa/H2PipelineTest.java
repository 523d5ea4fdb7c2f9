package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.PipelineContract;

class H2PipelineTest extends PipelineContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
