package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UserAdministrationContract;

class H2UserAdministrationTest extends UserAdministrationContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
