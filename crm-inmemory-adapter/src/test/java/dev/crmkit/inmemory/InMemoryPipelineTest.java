package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.PipelineContract;

class InMemoryPipelineTest extends PipelineContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
