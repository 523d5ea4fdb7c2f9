package dev.crmkit.discount;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Sets or removes the manual-discount limit of a user or a team.
 *
 * @param subject the user or team
 * @param percent the limit in percent, from 0 to 100, or {@code null} to remove it
 */
public record SetDiscountLimit(
        @NotNull DiscountLimit.Subject subject,
        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal percent) {

    /**
     * @param userId the user
     * @param percent his limit, or {@code null} to remove it
     * @return the command
     */
    public static SetDiscountLimit ofUser(UserId userId, BigDecimal percent) {
        return new SetDiscountLimit(new DiscountLimit.User(userId), percent);
    }

    /**
     * @param teamId the team
     * @param percent its limit, or {@code null} to remove it
     * @return the command
     */
    public static SetDiscountLimit ofTeam(CatalogEntryId teamId, BigDecimal percent) {
        return new SetDiscountLimit(new DiscountLimit.Team(teamId), percent);
    }
}
