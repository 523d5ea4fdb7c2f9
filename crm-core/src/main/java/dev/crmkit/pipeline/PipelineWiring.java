package dev.crmkit.pipeline;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Changed;
import dev.crmkit.event.CardEvent;
import dev.crmkit.internal.AccountDeletion;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;

/**
 * Builds the package-private services of pipelines and cards for the entry point. It takes only {@code dev.crmkit.internal}
 * types, which host code may not use (an architecture rule checks it), so a host reaches these services only
 * through {@code Crm} and {@code CrmSession}.
 */
public final class PipelineWiring {

    // Adapters rebuild this capability's aggregates through StoredRecords, which reaches the package-private
    // factories only through what is registered here.
    static {
        StoredRecords.register(StoredRecords.PipelineFactory.class, Pipeline::reconstitute);
        StoredRecords.register(StoredRecords.CardFactory.class, from -> from == null ? Card.builder() : from.toBuilder());
    }

    private PipelineWiring() {}

    /**
     * The pipelines the actor uses.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Pipelines pipelines(Session session) {
        return new PipelineService(session.useCases(), session.caller(), session.documentStore(), session.documentSizeLimit());
    }

    /**
     * The cards of those pipelines.
     *
     * @param session the actor's session
     * @return the service
     */
    public static Cards cards(Session session) {
        return new CardService(session.useCases(), session.caller(), session.documentStore(), session.documentSizeLimit());
    }

    /**
     * Unlinks a deleted account from its cards, in the running use case, with the cards' history: the account's
     * deletion calls it. The cards stay on their boards.
     *
     * @param context the running use case
     * @param accountId the deleted account
     */
    public static void unlinkAccount(Context context, AccountId accountId) {
        for (Card card : AccountDeletion.byId(context.uow.cards().findByAccount(accountId), Card::id)) {
            Changed<Card> unlinked = card.edit(card.toBuilder().accountId(null), context.now);
            context.uow.cards().update(unlinked.value());
            context.record(new CardEvent.CardUpdated(context.meta(), card.pipelineId(), card.id(), null, card.name(),
                    unlinked.changes()));
        }
    }

    /**
     * Marks an open card converted to a customer, in the running use case that converted its quote into orders, with
     * the card's history. A card that is no longer open (lost, archived or converted already) is left as it is.
     *
     * @param context the running use case
     * @param card the card, as loaded in this use case
     */
    public static void markConverted(Context context, Card card) {
        if (!card.open()) {
            return;
        }
        Changed<Card> converted = card.edit(card.toBuilder().convertedToCustomerAt(context.now), context.now);
        if (!converted.changed()) {
            return;
        }
        Card stored = context.uow.cards().update(converted.value());
        context.record(new CardEvent.CardOutcomeChanged(context.meta(), stored.pipelineId(), stored.id(),
                stored.accountId().orElse(null), stored.name(), CardEvent.Outcome.CONVERTED_TO_CUSTOMER,
                converted.changes()));
    }
}
