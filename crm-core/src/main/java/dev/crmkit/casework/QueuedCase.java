package dev.crmkit.casework;

import java.util.Objects;

/**
 * A case of the queue, with its service-level clocks read at the instant of the query.
 *
 * @param serviceCase the case, as an agent sees it
 * @param sla its clocks
 */
public record QueuedCase(ServiceCase serviceCase, CaseSla sla) {

    /** Checks the parts. */
    public QueuedCase {
        Objects.requireNonNull(serviceCase, "serviceCase");
        Objects.requireNonNull(sla, "sla");
    }
}
