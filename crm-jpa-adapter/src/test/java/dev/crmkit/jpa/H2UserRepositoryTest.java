package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UserRepositoryContract;

class H2UserRepositoryTest extends UserRepositoryContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
