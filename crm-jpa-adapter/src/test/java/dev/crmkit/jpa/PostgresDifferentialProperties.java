package dev.crmkit.jpa;

import dev.crmkit.inmemory.InMemoryCrmStore;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DifferentialProperties;

class PostgresDifferentialProperties extends DifferentialProperties {

    @Override
    protected CrmStore referenceStore() {
        return new InMemoryCrmStore();
    }

    @Override
    protected CrmStore storeUnderTest() {
        return Databases.postgresStore();
    }
}
