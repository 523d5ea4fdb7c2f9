package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CaseQueueProperties;

class H2CaseQueueProperties extends CaseQueueProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
