package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CampaignContract;

class H2CampaignTest extends CampaignContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
