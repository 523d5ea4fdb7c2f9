package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.LocalizationContract;

class H2LocalizationTest extends LocalizationContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
