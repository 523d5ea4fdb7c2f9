package dev.crmkit.quote;

import dev.crmkit.event.QuoteEvent;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.QuoteOffers;
import dev.crmkit.internal.Session;
import dev.crmkit.spi.StoredRecords;
import dev.crmkit.spi.TaxCalculator;

/**
 * Builds the package-private quote service for the entry point. It takes only {@code dev.crmkit.internal} types
 * and the host's ports, so a host reaches quotes only through {@code CrmSession}.
 */
public final class QuoteWiring {

    // Adapters rebuild quotes through StoredRecords, which reaches the package-private factory only through what is
    // registered here.
    static {
        StoredRecords.register(StoredRecords.QuoteFactory.class, Quote::reconstitute);
    }

    private QuoteWiring() {}

    /**
     * The tenant's quotes.
     *
     * @param session the actor's session
     * @param taxes the host's tax calculator
     * @param numbering how quote numbers read and where they start
     * @return the service
     */
    public static Quotes quotes(Session session, TaxCalculator taxes, QuoteNumbering numbering) {
        return new QuoteService(session.useCases(), session.caller(), taxes, numbering);
    }

    /**
     * What quotes lend an offer campaign's launch: a quote per member, made as {@link #quotes}' {@code create} makes
     * one.
     *
     * @param session the actor's session
     * @param taxes the host's tax calculator
     * @param numbering how quote numbers read and where they start
     * @return the lending
     */
    public static QuoteOffers offers(Session session, TaxCalculator taxes, QuoteNumbering numbering) {
        return new OfferQuoteServices(new QuoteService(session.useCases(), session.caller(), taxes, numbering));
    }

    /**
     * Marks an accepted quote converted, in the running use case that made its orders, and records the change.
     *
     * @param context the running use case
     * @param quote the quote, accepted, as loaded in this use case
     * @return the quote as stored, converted
     */
    public static Quote markConverted(Context context, Quote quote) {
        if (quote.status() != QuoteStatus.ACCEPTED) {
            throw new IllegalStateException("only an accepted quote is converted: " + quote);
        }
        Quote stored = context.uow.quotes().update(quote.revise(quote.revision(), QuoteStatus.CONVERTED, context.now));
        context.record(new QuoteEvent.QuoteStatusChanged(context.meta(), stored.id(), stored.accountId(), stored.number(),
                QuoteStatus.ACCEPTED, QuoteStatus.CONVERTED));
        return stored;
    }
}
