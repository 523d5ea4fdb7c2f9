package dev.crmkit.casework;

import dev.crmkit.common.CatalogEntryId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The service-level targets of a priority, in business time (the hours of the tenant's {@link BusinessCalendar}).
 *
 * @param priorityId the priority, a {@code PRIORITY} catalog entry
 * @param firstResponseMinutes the business minutes within which a case of the priority gets its first public answer
 * @param resolutionMinutes the business minutes within which it is resolved, not counting the time it waits for the
 *     customer
 */
public record SlaTarget(
        @NotNull CatalogEntryId priorityId,
        @Min(1) @Max(MOST_MINUTES) int firstResponseMinutes,
        @Min(1) @Max(MOST_MINUTES) int resolutionMinutes) {

    /** The longest target: a year of business minutes (a target spanning weeks fits easily). */
    public static final int MOST_MINUTES = 525_600;

    /** @return the first-response target as a duration */
    public Duration firstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    /** @return the resolution target as a duration */
    public Duration resolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }
}
