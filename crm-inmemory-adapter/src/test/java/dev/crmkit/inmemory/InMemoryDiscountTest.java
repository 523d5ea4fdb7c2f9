package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DiscountContract;

class InMemoryDiscountTest extends DiscountContract {

    @Override
    protected CrmStore store() {
        return InMemoryStores.SHARED;
    }
}
