package dev.crmkit.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. A case starts {@link #NEW}; it is worked on ({@link #OPEN}), may wait for the customer
 * ({@link #WAITING_CUSTOMER}), is {@link #RESOLVED} and finally {@link #CLOSED}. A resolved case may be reopened within
 * the tenant's reopen window; a closed one never changes status again, and no case goes back to new.
 */
public enum CaseStatus {

    /** Just opened, nobody has worked on it yet. */
    NEW,

    /** Being worked on. */
    OPEN,

    /** Waiting for the customer's answer. */
    WAITING_CUSTOMER,

    /** Solved; the customer may still have it reopened within the reopen window. */
    RESOLVED,

    /** Done for good. */
    CLOSED;

    /**
     * The statuses a case in this status may move to.
     *
     * @return the statuses, never this one
     */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING_CUSTOMER, RESOLVED, CLOSED);
            case OPEN -> EnumSet.of(WAITING_CUSTOMER, RESOLVED, CLOSED);
            case WAITING_CUSTOMER -> EnumSet.of(OPEN, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /**
     * Whether a case in this status may move to another (a reopening is further held to the reopen window).
     *
     * @param to the status asked for
     * @return {@code true} when the move is allowed
     */
    public boolean allows(CaseStatus to) {
        return next().contains(to);
    }

    /**
     * Whether a case in this status is still to be dealt with (the account's profile lists it among the open cases).
     *
     * @return {@code true} for new, open and waiting for the customer
     */
    public boolean pending() {
        return this == NEW || this == OPEN || this == WAITING_CUSTOMER;
    }
}
