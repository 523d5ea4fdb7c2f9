package dev.crmkit.message;

/** How a message travelled. */
public enum MessageChannel {
    /** An e-mail. */
    EMAIL,
    /** A phone call. */
    CALL,
    /** An SMS or WhatsApp message. */
    SMS_WHATSAPP,
    /** A letter. */
    LETTER;

    /** @return whether a message of this channel needs a subject (calls and short messages have none) */
    public boolean needsSubject() {
        return this == EMAIL || this == LETTER;
    }
}
