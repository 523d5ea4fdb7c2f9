package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InvalidAccountCommandProperties;

class H2InvalidAccountCommandProperties extends InvalidAccountCommandProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
