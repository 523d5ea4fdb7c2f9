package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BoardQueryProperties;

class H2BoardQueryProperties extends BoardQueryProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
