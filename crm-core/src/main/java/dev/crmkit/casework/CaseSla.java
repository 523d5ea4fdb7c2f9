package dev.crmkit.casework;

import dev.crmkit.common.CaseId;
import java.time.Instant;
import java.util.Objects;

/**
 * A case's two service-level clocks, read at an instant. The first-response clock runs from the opening until the
 * first public comment (internal notes are agents talking among themselves: every public comment is the help desk
 * answering the customer), or until the case is resolved or closed without one. The resolution clock runs from the
 * opening until the resolution; it stands still while the case waits for the customer (and while it is resolved, should
 * it be reopened).
 *
 * @param caseId the case
 * @param firstResponse the first-response clock
 * @param resolution the resolution clock
 * @param readAt the instant the clocks were read at
 */
public record CaseSla(CaseId caseId, SlaClock firstResponse, SlaClock resolution, Instant readAt) {

    /** Checks the parts. */
    public CaseSla {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(readAt, "readAt");
    }

    /**
     * Whether either clock is in a state.
     *
     * @param state the state
     * @return {@code true} when the first-response or the resolution clock is in it
     */
    public boolean either(SlaState state) {
        return firstResponse.state() == state || resolution.state() == state;
    }
}
