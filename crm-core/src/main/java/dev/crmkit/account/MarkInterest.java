package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Marks an account's interest or disinterest in an area, with a note (replacing an earlier mark of the area).
 *
 * @param accountId the account
 * @param areaId an active {@code INTEREST_AREA} entry
 * @param kind interest or disinterest
 * @param note needs not yet met, or {@code null}
 */
public record MarkInterest(
        @NotNull AccountId accountId,
        @NotNull CatalogEntryId areaId,
        @NotNull InterestKind kind,
        @Size(max = Interest.MAX_NOTE) String note) {}
