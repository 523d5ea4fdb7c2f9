package dev.crmkit.casework;

import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * Replaces a tenant's service levels. Start from what was read ({@link #from}) and change what differs.
 *
 * @param hours the business hours
 * @param targets the targets, at most one per priority
 * @param atRiskPercent the share of a target, in percent, from which a case is at risk (1 to 100; 100: only breached)
 * @param expectedVersion the version of the settings the caller last saw
 */
public record UpdateSlaSettings(
        @NotNull @Valid BusinessHours hours,
        @NotNull @Size(max = 200) List<@NotNull @Valid SlaTarget> targets,
        @Min(1) @Max(100) int atRiskPercent,
        @NotNull Version expectedVersion) {

    /** Copies the targets. */
    public UpdateSlaSettings {
        // A list holding null is kept as it is, for validation to name.
        targets = targets == null || targets.stream().anyMatch(Objects::isNull) ? targets : List.copyOf(targets);
    }

    /**
     * An update that leaves everything as it was read.
     *
     * @param settings the settings as read
     * @return the update
     */
    public static UpdateSlaSettings from(SlaSettings settings) {
        return new UpdateSlaSettings(settings.hours(), settings.targets(), settings.atRiskPercent(), settings.version());
    }

    /**
     * @param value the business hours
     * @return the update with them
     */
    public UpdateSlaSettings withHours(BusinessHours value) {
        return new UpdateSlaSettings(value, targets, atRiskPercent, expectedVersion);
    }

    /**
     * @param value the targets
     * @return the update with them
     */
    public UpdateSlaSettings withTargets(List<SlaTarget> value) {
        return new UpdateSlaSettings(hours, value, atRiskPercent, expectedVersion);
    }

    /**
     * @param value the at-risk share, in percent
     * @return the update with it
     */
    public UpdateSlaSettings withAtRiskPercent(int value) {
        return new UpdateSlaSettings(hours, targets, value, expectedVersion);
    }
}
