package dev.crmkit.discount;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * The highest discount, in percent, a user may give on his own, set for one user or for a team. Above it, a
 * quote waits for an administrator's approval before it is sent. A user's own limit overrides his team's; a user
 * with neither is not limited, and an administrator never is.
 *
 * @param subject the user or team
 * @param percent the limit in percent, from 0 to 100, at most two decimals
 */
public record DiscountLimit(
        @NotNull DiscountLimit.Subject subject,
        @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percent) {

    /** Brings the limit to two decimals when it has no more, as every store keeps it. */
    public DiscountLimit {
        percent = DiscountTerms.scaled(percent, 2);
    }

    /**
     * A user's own limit.
     *
     * @param userId the user
     * @param percent the limit
     * @return the limit
     */
    public static DiscountLimit ofUser(UserId userId, BigDecimal percent) {
        return new DiscountLimit(new User(userId), percent);
    }

    /**
     * A team's limit, for its members without their own.
     *
     * @param teamId the team, a {@code TEAM} catalog entry
     * @param percent the limit
     * @return the limit
     */
    public static DiscountLimit ofTeam(CatalogEntryId teamId, BigDecimal percent) {
        return new DiscountLimit(new Team(teamId), percent);
    }

    /** Whom a limit is set for. */
    public sealed interface Subject {}

    /**
     * One user.
     *
     * @param userId the user
     */
    public record User(@NotNull UserId userId) implements Subject {}

    /**
     * The members of a team.
     *
     * @param teamId a {@code TEAM} catalog entry
     */
    public record Team(@NotNull CatalogEntryId teamId) implements Subject {}
}
