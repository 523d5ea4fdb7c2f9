package dev.crmkit.agenda;

/** The unit a recurrence counts its period in. */
public enum RecurrenceUnit {

    /** Every N days. */
    DAYS,

    /** Every N weeks. */
    WEEKS,

    /** Every N months; a day that a month lacks becomes its last day (31 January, 28 February, 31 March). */
    MONTHS
}
