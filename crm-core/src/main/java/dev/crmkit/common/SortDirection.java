package dev.crmkit.common;

/** The direction of a sorted listing. */
public enum SortDirection {

    /** Smallest first (first to last). */
    ASC,

    /** Largest first (last to first). */
    DESC
}
