package dev.crmkit.access;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The access predicate: which accounts an actor may see and act on, as data. Every account query, profile,
 * board, agenda and export applies it; an adapter translates it into its own query language (the JPA
 * adapter into an {@code EXISTS} over the account's responsibles), so the rule lives in one place.
 */
public sealed interface AccountAccess {

    /**
     * The predicate of a user.
     *
     * @param user the acting user
     * @return {@link Unrestricted} for {@link AccessScope#ALL}, {@link ResponsibleInTeam} for
     *     {@link AccessScope#TEAM} with a team, and {@link ResponsibleIs} otherwise
     */
    static AccountAccess of(CrmUser user) {
        return switch (user.scope()) {
            case ALL -> new Unrestricted();
            case TEAM -> user.teamId()
                    .<AccountAccess>map(ResponsibleInTeam::new)
                    .orElseGet(() -> new ResponsibleIs(user.id()));
            case PORTFOLIO -> new ResponsibleIs(user.id());
        };
    }

    /**
     * Evaluates the predicate for one account.
     *
     * @param responsibles the account's responsibles
     * @param teamOf the current team of a user
     * @return {@code true} when the account is in scope
     */
    boolean admits(Collection<UserId> responsibles, Function<UserId, Optional<CatalogEntryId>> teamOf);

    /** Every account of the tenant. */
    record Unrestricted() implements AccountAccess {

        @Override
        public boolean admits(Collection<UserId> responsibles, Function<UserId, Optional<CatalogEntryId>> teamOf) {
            return true;
        }
    }

    /**
     * The accounts the user is a responsible of.
     *
     * @param user the user
     */
    record ResponsibleIs(UserId user) implements AccountAccess {

        /** Checks the user is present. */
        public ResponsibleIs {
            if (user == null) {
                throw new NullPointerException("user");
            }
        }

        @Override
        public boolean admits(Collection<UserId> responsibles, Function<UserId, Optional<CatalogEntryId>> teamOf) {
            return responsibles.contains(user);
        }
    }

    /**
     * The accounts some current member of the team is a responsible of.
     *
     * @param team the team
     */
    record ResponsibleInTeam(CatalogEntryId team) implements AccountAccess {

        /** Checks the team is present. */
        public ResponsibleInTeam {
            if (team == null) {
                throw new NullPointerException("team");
            }
        }

        @Override
        public boolean admits(Collection<UserId> responsibles, Function<UserId, Optional<CatalogEntryId>> teamOf) {
            return responsibles.stream().anyMatch(r -> teamOf.apply(r).filter(team::equals).isPresent());
        }
    }
}
