package dev.crmkit.casework;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The tenant's settings of cases.
 *
 * @param reopenWindowDays how many days after its resolution a resolved case may still be reopened (0: never)
 */
public record CaseSettings(@Min(0) @Max(3650) int reopenWindowDays) {

    /** The settings of a tenant that never changed them: a week to reopen. */
    public static final CaseSettings DEFAULTS = new CaseSettings(7);
}
