package dev.crmkit.agenda;

/** The agenda rules: each creates entries on its own, at most once per trigger. */
public enum AgendaRule {

    /** Follow up a card that became stagnant; the trigger is the card's last update. */
    STAGNANT_CARD,

    /** Remind before a contract expires; the trigger is the document's last valid day. */
    CONTRACT_EXPIRING,

    /** A periodic call to an account; the trigger is the call's day. */
    PERIODIC_CALL,

    /** A payment reminder for an overdue balance the host reports; the trigger is the balance's reference. */
    PAYMENT_REMINDER,

    /**
     * A task for the assignee of a case whose service-level clock is at risk; the trigger is the case, its clock and
     * the instant the clock's at-risk share was used (a new target, after a change of priority, is a new trigger).
     */
    SLA_AT_RISK,

    /**
     * A follow-up for the account's responsible when a customer's satisfaction answer scores 2 or less (answered in
     * the last 30 days); the trigger is the case's survey.
     */
    LOW_SCORE
}
