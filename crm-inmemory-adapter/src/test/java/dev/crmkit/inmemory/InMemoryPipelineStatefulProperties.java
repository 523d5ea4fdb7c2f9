package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.PipelineStatefulProperties;

class InMemoryPipelineStatefulProperties extends PipelineStatefulProperties {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
