package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.FaultHook;
import dev.crmkit.testkit.FaultInjectionContract;

class H2FaultInjectionTest extends FaultInjectionContract {

    @Override
    protected CrmStore store() {
        return FaultyDatabases.h2Store();
    }

    @Override
    protected FaultHook statementFaults() {
        return FaultyDatabases.h2Faults();
    }
}
