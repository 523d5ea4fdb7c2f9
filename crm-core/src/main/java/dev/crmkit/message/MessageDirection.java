package dev.crmkit.message;

/** Whether a message came to the company or went from it. */
public enum MessageDirection {
    /** Received from the account or contact. */
    INBOUND,
    /** Sent to the account or contact. */
    OUTBOUND
}
