package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AgendaProperties;

class H2AgendaProperties extends AgendaProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
