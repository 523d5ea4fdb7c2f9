package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardContract;

class H2CardTest extends CardContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
