package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CampaignContract;

class PostgresCampaignTest extends CampaignContract {

    @Override
    protected CrmStore store() {
        return Databases.postgresStore();
    }
}
