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
    PAYMENT_REMINDER
}
