package dev.crmkit.campaign;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The days a campaign runs, both included, in the tenant's calendar.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record CampaignPeriod(@NotNull LocalDate from, @NotNull LocalDate to) {

    /**
     * @param from the first day
     * @param to the last day
     * @return the period
     */
    public static CampaignPeriod of(LocalDate from, LocalDate to) {
        return new CampaignPeriod(from, to);
    }

    /**
     * @param day a day
     * @return whether the period holds it
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** @return whether the last day is not before the first (checked at the use case, naming {@code period.to}) */
    boolean ordered() {
        return from == null || to == null || !to.isBefore(from);
    }
}
