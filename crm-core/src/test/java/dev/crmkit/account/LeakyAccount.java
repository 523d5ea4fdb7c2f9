package dev.crmkit.account;

import dev.crmkit.common.Changed;
import java.time.Instant;
import java.util.List;

/**
 * An aggregate that hands its adapter-only factory and a state transition to anybody, for
 * {@code CrmArchitectureRulesTest}: what the aggregates of the library keep package-private.
 */
public final class LeakyAccount {

    private final String name;

    private LeakyAccount(String name) {
        this.name = name;
    }

    /**
     * Makes the aggregate as only an adapter may.
     *
     * @param name the name
     * @return the aggregate
     */
    public static LeakyAccount reconstitute(String name) {
        return new LeakyAccount(name);
    }

    /**
     * A state transition that stores nothing.
     *
     * @param newName the new name
     * @param now the instant of the change
     * @return the new state and its changes
     */
    public Changed<LeakyAccount> rename(String newName, Instant now) {
        return new Changed<>(new LeakyAccount(newName), List.of());
    }

    /** @return the name */
    public String name() {
        return name;
    }
}
