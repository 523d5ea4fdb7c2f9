package dev.crmkit.account;

/**
 * Where the negotiation with a potential customer stands, as the pipelines show it. A potential customer is an
 * account classified {@link Classification#LEAD} or {@link Classification#PROSPECT}; only the cards of the pipelines
 * the reader may see count.
 */
public enum ProspectState {

    /** In progress: a potential customer with at least one open card. */
    IN_PROGRESS,

    /**
     * Abandoned: a potential customer with no open card and at least one card that was archived or marked lost. A
     * potential customer that never had a card is in neither state.
     */
    ABANDONED
}
