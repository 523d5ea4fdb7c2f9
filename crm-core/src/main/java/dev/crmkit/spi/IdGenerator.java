package dev.crmkit.spi;

import java.util.UUID;

/**
 * Where a {@code Crm}'s use cases take the ids of the records they create (accounts, cards, events, history entries...).
 * The default makes time-ordered version 7 UUIDs; a host or a test that needs reproducible ids (two stores compared
 * call by call, a replay) passes its own.
 */
@FunctionalInterface
public interface IdGenerator {

    /**
     * The next id. Every call returns a UUID never returned before by any generator writing to the same store, and
     * later calls should return larger UUIDs, compared as unsigned 128-bit numbers, so that ties in listings sort in
     * creation order.
     *
     * @return the id
     */
    UUID next();
}
