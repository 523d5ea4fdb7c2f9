package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.MessageContract;

class H2MessageTest extends MessageContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
