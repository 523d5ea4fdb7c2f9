package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.InvalidCommandProperties;

class H2InvalidCommandProperties extends InvalidCommandProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
