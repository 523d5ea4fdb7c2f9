package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountQueryProperties;

class H2AccountQueryProperties extends AccountQueryProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
