package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.FaultHook;
import dev.crmkit.testkit.FaultInjectionContract;

class PostgresFaultInjectionTest extends FaultInjectionContract {

    @Override
    protected CrmStore store() {
        return FaultyDatabases.postgresStore();
    }

    @Override
    protected FaultHook statementFaults() {
        return FaultyDatabases.postgresFaults();
    }
}
