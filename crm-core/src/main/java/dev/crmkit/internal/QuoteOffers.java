package dev.crmkit.internal;

import dev.crmkit.account.Account;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.QuoteId;
import dev.crmkit.quote.QuoteLineInput;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What quotes lend an offer campaign's launch: the same lines made into a quote for each member's account, in the
 * launch's unit of work, each checked, priced (the account's price list, its discount policies, taxes through the
 * host's tax port), numbered (the tenant's gapless count) and stored, its events recorded, exactly as
 * {@code Quotes.create} does for that account. The quote capability implements it ({@code QuoteWiring.offers}); the
 * entry point hands it to the campaigns, so neither service calls the other.
 */
public interface QuoteOffers {

    /** The lines of one launch, checked once, made into quotes one account at a time. */
    interface Offer {

        /**
         * Creates the offer's quote for an account.
         *
         * @param account the account, in the actor's scope
         * @param contactId the contact of that account it is addressed to, or {@code null}
         * @return the quote, or empty when it cannot be priced for the account: the offer names no currency and the
         *     account has no price list, or a product line leaves its price to the list and the list has none in the
         *     currency on the day. Nothing is stored, counted or recorded then.
         */
        Optional<QuoteId> createFor(Account account, ContactId contactId);
    }

    /**
     * Checks what the lines say whatever the account (each product known and active, each free-text line with its
     * description and price), reading the products once for every quote to come.
     *
     * @param context the launching use case
     * @param lines the lines
     * @param currency the quotes' currency, or {@code null} for each account's price list's
     * @param validDays how many days from today each quote holds
     * @param path the lines' path in the command, which problems are named under ({@code "offer.perMember.lines"})
     * @param problems where problems are added
     * @return the offer, to use only when no problem was added
     */
    Offer prepare(Context context, List<QuoteLineInput> lines, Currency currency, int validDays, String path,
            InvalidCommandException.Builder problems);
}
