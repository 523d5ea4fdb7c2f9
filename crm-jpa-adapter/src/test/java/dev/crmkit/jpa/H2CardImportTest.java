package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardImportContract;

class H2CardImportTest extends CardImportContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
