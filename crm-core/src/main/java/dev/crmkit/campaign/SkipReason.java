package dev.crmkit.campaign;

/** Why a launch left a member out. */
public enum SkipReason {
    /** The channel needs consent granted first, and none was. */
    NO_CONSENT,
    /** The person withdrew consent for the channel. */
    OPTED_OUT,
    /** A newsletter or offer, and no e-mail address is known. */
    NO_EMAIL,
    /** A call, and no phone number is known. */
    NO_PHONE,
    /** A visit, and no street address is known. */
    NO_ADDRESS,
    /** An offer carrying a quote per category of clients, and no quote was given for the account's category. */
    NO_OFFER,
    /**
     * An offer making a quote per member, and the member's quote cannot be priced for its account: the offer names no
     * currency and the account has no price list, or a product line leaves its price to the list and the account's
     * list has none for it in the currency on the launch day.
     */
    NO_PRICE
}
