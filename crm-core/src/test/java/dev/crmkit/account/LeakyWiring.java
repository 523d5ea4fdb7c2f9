package dev.crmkit.account;

/** A wiring a host could call, for {@code CrmArchitectureRulesTest}: it takes no internal type. */
public final class LeakyWiring {

    private LeakyWiring() {}

    /**
     * A service for anybody.
     *
     * @return the service
     */
    public static Accounts accounts() {
        return null;
    }
}
