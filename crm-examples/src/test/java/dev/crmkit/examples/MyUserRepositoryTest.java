package dev.crmkit.examples;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.UserRepositoryContract;

/** The README's "Write your own adapter" example, run here on the in-memory store standing for a host's own. */
// tag::adapter-test[]
class MyUserRepositoryTest extends UserRepositoryContract {
    @Override
    protected CrmStore store() {
        return MyStores.shared();             // one store shared by all tests: each test uses its own tenant
    }
}
// end::adapter-test[]
