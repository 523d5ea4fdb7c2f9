package dev.crmkit.agenda;

/** Whether an agenda entry still needs doing. */
public enum AgendaStatus {

    /** On its user's task list. */
    PENDING,

    /** Done: off the task list, kept in history. */
    CONCLUDED
}
