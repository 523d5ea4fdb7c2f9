package dev.crmkit.examples;

import dev.crmkit.inmemory.InMemoryCrmStore;
import dev.crmkit.spi.CrmStore;

/** Stands for a host's own adapter in the README's contract-kit example: one store for every test class. */
final class MyStores {

    private static final CrmStore SHARED = new InMemoryCrmStore();

    private MyStores() {}

    static CrmStore shared() {
        return SHARED;
    }
}
