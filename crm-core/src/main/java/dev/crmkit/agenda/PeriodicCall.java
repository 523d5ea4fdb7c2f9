package dev.crmkit.agenda;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A periodic call to an account: the agenda rules put a call on the user's task list on
 * {@code firstDay} and every {@code everyDays} days after it.
 *
 * @param accountId the account
 * @param everyDays the period
 * @param firstDay the first call's day
 * @param userId who calls
 * @param typeId the calls' entry type, or {@code null}
 */
public record PeriodicCall(
        @NotNull AccountId accountId,
        @Min(1) @Max(366) int everyDays,
        @NotNull LocalDate firstDay,
        @NotNull UserId userId,
        CatalogEntryId typeId) {}
