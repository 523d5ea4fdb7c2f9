package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.PipelineStatefulProperties;

class H2PipelineStatefulProperties extends PipelineStatefulProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
