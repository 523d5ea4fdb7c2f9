package dev.crmkit.inmemory;

import dev.crmkit.spi.CrmStore;

/** The store every contract suite of this module runs against: one, shared, as a real host would share it. */
final class InMemoryStores {

    static final CrmStore SHARED = new InMemoryCrmStore();

    private InMemoryStores() {}
}
