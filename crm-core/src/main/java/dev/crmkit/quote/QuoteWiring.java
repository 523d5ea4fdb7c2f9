package dev.crmkit.quote;

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
}
