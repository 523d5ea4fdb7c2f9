package dev.crmkit.quote;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * Creates a quote, a draft at revision 1 with the tenant's next number. Start with
 * {@code CreateQuote.builder(accountId)}.
 *
 * @param accountId the account it is for, in the actor's scope
 * @param currency its currency, or {@code null} for the currency of the account's price list
 * @param contactId a contact of that account it is addressed to, or {@code null}
 * @param cardId a card of that account it belongs to, or {@code null}
 * @param validUntil the last day the offer holds, or {@code null} for 30 days from today
 * @param lines the lines, at most 500
 * @param discountPercent the quote's own discount on its subtotal, in percent from 0 to 100, or {@code null} for none
 */
public record CreateQuote(
        @NotNull AccountId accountId,
        Currency currency,
        ContactId contactId,
        CardId cardId,
        LocalDate validUntil,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid QuoteLineInput> lines,
        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal discountPercent) {

    /** How long a quote holds when the command gives no validity, in days. */
    public static final int DEFAULT_VALID_DAYS = 30;

    /** Copies the lines, keeping a null line for validation to name. */
    public CreateQuote {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * Starts a quote for an account: in its price list's currency, for no contact or card, valid
     * {@value #DEFAULT_VALID_DAYS} days, with no lines yet.
     *
     * @param accountId the account
     * @return a builder
     */
    public static Builder builder(AccountId accountId) {
        return new Builder(accountId);
    }

    /** Builds a {@link CreateQuote}, one named step per part. */
    public static final class Builder {

        private final AccountId accountId;
        private Currency currency;
        private ContactId contactId;
        private CardId cardId;
        private LocalDate validUntil;
        private List<QuoteLineInput> lines = List.of();
        private BigDecimal discountPercent;

        private Builder(AccountId accountId) {
            this.accountId = accountId;
        }

        /**
         * @param value the currency, or {@code null} for the price list's
         * @return this builder
         */
        public Builder currency(Currency value) {
            this.currency = value;
            return this;
        }

        /**
         * @param value the contact, or {@code null}
         * @return this builder
         */
        public Builder contact(ContactId value) {
            this.contactId = value;
            return this;
        }

        /**
         * @param value the card, or {@code null}
         * @return this builder
         */
        public Builder card(CardId value) {
            this.cardId = value;
            return this;
        }

        /**
         * @param value the last day the offer holds, or {@code null} for the default
         * @return this builder
         */
        public Builder validUntil(LocalDate value) {
            this.validUntil = value;
            return this;
        }

        /**
         * @param values the lines, replacing those of an earlier step
         * @return this builder
         */
        public Builder lines(Collection<? extends QuoteLineInput> values) {
            this.lines = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the lines, replacing those of an earlier step
         * @return this builder
         */
        public Builder lines(QuoteLineInput... values) {
            return lines(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the quote's own discount on its subtotal, in percent, or {@code null} for none
         * @return this builder
         */
        public Builder discount(BigDecimal value) {
            this.discountPercent = value;
            return this;
        }

        /** @return the command of the steps so far, checked when a use case receives it */
        public CreateQuote build() {
            return new CreateQuote(accountId, currency, contactId, cardId, validUntil, lines, discountPercent);
        }
    }
}
