package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CampaignContract;

class InMemoryCampaignTest extends CampaignContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
