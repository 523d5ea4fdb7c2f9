package dev.crmkit.internal;

import dev.crmkit.spi.DocumentStore;

/**
 * What the services of one actor's session are built from: each capability's wiring takes it, so a host, which may
 * not touch this package, cannot build a service that skips the entry point.
 *
 * @param useCases the use-case runner
 * @param caller whom the services act for
 * @param documentStore where document and attachment contents live
 * @param documentSizeLimit the largest content accepted, in bytes
 */
public record Session(UseCases useCases, Caller caller, DocumentStore documentStore, long documentSizeLimit) {}
