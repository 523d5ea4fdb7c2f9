package dev.crmkit.pipeline;

/** The order of cards within a stage of a board. */
public enum BoardOrder {

    /** The order people arranged them in (their position keys). */
    POSITION,

    /** By the query's date field, oldest first. */
    ASCENDING,

    /** By the query's date field, newest first. */
    DESCENDING
}
