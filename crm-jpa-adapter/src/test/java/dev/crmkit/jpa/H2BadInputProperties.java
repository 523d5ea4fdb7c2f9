package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.BadInputProperties;

class H2BadInputProperties extends BadInputProperties {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
