package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.DifferentialProperties;

/**
 * The differential chain with an in-memory store on both sides: the same steps, ids and clock must give the same
 * answers twice, so any answer that depends on something else (hash order, the wall clock, a shared static) shows up
 * here before it is mistaken for a difference between stores on H2 or PostgreSQL.
 */
class InMemoryDifferentialProperties extends DifferentialProperties {

    @Override
    protected CrmStore referenceStore() {
        return new InMemoryCrmStore();
    }

    @Override
    protected CrmStore storeUnderTest() {
        return new InMemoryCrmStore();
    }
}
