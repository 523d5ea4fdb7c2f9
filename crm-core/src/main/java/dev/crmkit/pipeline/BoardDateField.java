package dev.crmkit.pipeline;

/** Which date a board's date range and date order use. */
public enum BoardDateField {

    /** When the card was created. */
    CARD_CREATED,

    /** When the card's prospect (its account) was created; for a card without a prospect, the card's creation. */
    PROSPECT_CREATED
}
