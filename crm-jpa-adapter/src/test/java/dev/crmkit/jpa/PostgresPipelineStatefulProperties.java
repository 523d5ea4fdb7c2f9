package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.PipelineStatefulProperties;

class PostgresPipelineStatefulProperties extends PipelineStatefulProperties {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
