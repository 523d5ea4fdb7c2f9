package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.CardConcurrencyContract;

class H2CardConcurrencyTest extends CardConcurrencyContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
