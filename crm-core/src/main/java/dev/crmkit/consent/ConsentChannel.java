package dev.crmkit.consent;

/** A way of reaching a person that consent is asked and given for. */
public enum ConsentChannel {
    /** E-mail: newsletters, offers. */
    EMAIL,
    /** Phone calls. */
    PHONE,
    /** Text messages: SMS and WhatsApp. */
    SMS_WHATSAPP,
    /** Visits at the customer's premises (door to door). */
    VISIT
}
