package dev.crmkit.casework;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's service levels: its business hours (read in the tenant's zone), the targets of each priority, and the
 * share of a target from which a case is at risk.
 *
 * <p>A case takes its due times from the settings in force when its clock is set: when it is opened, when its priority
 * changes and when it resumes after waiting for the customer. A change of the settings therefore reaches a case at its
 * next such moment; the due times a case shows never move on their own.
 *
 * @param hours the business hours
 * @param targets the targets, at most one per priority; a case whose priority has none (or that has no priority) has no
 *     service level
 * @param atRiskPercent the share of a target, in percent, from which a case is at risk ({@value #DEFAULT_AT_RISK_PERCENT}
 *     unless changed)
 * @param version the stored version ({@code Version.UNSAVED} until the settings are first changed)
 */
public record SlaSettings(BusinessHours hours, List<SlaTarget> targets, int atRiskPercent, Version version) {

    /** The at-risk share of a tenant that never set one: four fifths of the target. */
    public static final int DEFAULT_AT_RISK_PERCENT = 80;

    /** The settings of a tenant that never changed them: {@link BusinessHours#DEFAULTS}, no targets, 80 %. */
    public static final SlaSettings DEFAULTS =
            new SlaSettings(BusinessHours.DEFAULTS, List.of(), DEFAULT_AT_RISK_PERCENT, Version.UNSAVED);

    /** Checks the parts and copies the targets. */
    public SlaSettings {
        Objects.requireNonNull(hours, "hours");
        targets = List.copyOf(targets);
        Objects.requireNonNull(version, "version");
    }

    /**
     * The targets of a priority.
     *
     * @param priorityId the priority, or {@code null}
     * @return its targets, or empty when it has none
     */
    public Optional<SlaTarget> target(CatalogEntryId priorityId) {
        return priorityId == null ? Optional.empty()
                : targets.stream().filter(t -> t.priorityId().equals(priorityId)).findFirst();
    }

    /**
     * The calendar of these hours in the tenant's zone.
     *
     * @param zone the tenant's zone
     * @return the calendar
     */
    public BusinessCalendar calendar(ZoneId zone) {
        return hours.calendar(zone);
    }
}
