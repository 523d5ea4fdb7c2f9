package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DiscountContract;

class H2DiscountTest extends DiscountContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
