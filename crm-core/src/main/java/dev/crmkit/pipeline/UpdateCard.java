package dev.crmkit.pipeline;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Replaces a card's editable fields.
 *
 * @param cardId the card
 * @param name its name
 * @param description its description
 * @param labels its labels
 * @param members its members
 * @param salespersonId its salesperson
 * @param value its expected value
 * @param expectedCloseDate its expected close date
 * @param accountId its prospect
 * @param expectedVersion the version the caller last saw
 */
public record UpdateCard(
        @NotNull CardId cardId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = Card.MAX_DESCRIPTION) String description,
        @Size(max = 100) Set<@NotNull LabelId> labels,
        @Size(max = 100) Set<@NotNull UserId> members,
        UserId salespersonId,
        @Valid Money value,
        LocalDate expectedCloseDate,
        AccountId accountId,
        @NotNull Version expectedVersion) {

    /**
     * Starts a {@link UpdateCard} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param cardId the card
     * @param name its name
     * @param expectedVersion the version the caller last saw
     * @return a builder
     */
    public static Builder builder(CardId cardId, String name, Version expectedVersion) {
        Builder builder = new Builder();
        builder.cardId = cardId;
        builder.name = name;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts an edit of a card as it was read: every part as the card holds it, its version expected.
     *
     * @param card the card as read
     * @return a builder holding the card's parts, for the steps to change some
     */
    public static Builder from(Card card) {
        return builder(card.id(), card.name(), card.version())
                .description(card.description())
                .labels(card.labels())
                .members(card.members())
                .salespersonId(card.salespersonId().orElse(null))
                .value(card.value().orElse(null))
                .expectedCloseDate(card.expectedCloseDate().orElse(null))
                .accountId(card.accountId().orElse(null));
    }

    /**
     * Starts a builder from this {@link UpdateCard}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.cardId = cardId;
        builder.name = name;
        builder.description = description;
        builder.labels = labels;
        builder.members = members;
        builder.salespersonId = salespersonId;
        builder.value = value;
        builder.expectedCloseDate = expectedCloseDate;
        builder.accountId = accountId;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdateCard}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private CardId cardId;
        private String name;
        private String description;
        private Set<LabelId> labels = Set.of();
        private Set<UserId> members = Set.of();
        private UserId salespersonId;
        private Money value;
        private LocalDate expectedCloseDate;
        private AccountId accountId;
        private Version expectedVersion;

        private Builder() {}

        /**
         * @param value the card
         * @return this builder
         */
        public Builder cardId(CardId value) {
            this.cardId = value;
            return this;
        }

        /**
         * @param value its name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value its description
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param values its labels
         * @return this builder
         */
        public Builder labels(Collection<? extends LabelId> values) {
            this.labels = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values its labels
         * @return this builder
         */
        public Builder labels(LabelId... values) {
            return labels(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its members
         * @return this builder
         */
        public Builder members(Collection<? extends UserId> values) {
            this.members = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values its members
         * @return this builder
         */
        public Builder members(UserId... values) {
            return members(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value its salesperson
         * @return this builder
         */
        public Builder salespersonId(UserId value) {
            this.salespersonId = value;
            return this;
        }

        /**
         * @param value its expected value
         * @return this builder
         */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /**
         * @param value its expected close date
         * @return this builder
         */
        public Builder expectedCloseDate(LocalDate value) {
            this.expectedCloseDate = value;
            return this;
        }

        /**
         * @param value its prospect
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param value the version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdateCard} of the steps so far, checked as any other when a use case receives it */
        public UpdateCard build() {
            return new UpdateCard(cardId, name, description, labels, members, salespersonId, value, expectedCloseDate, accountId, expectedVersion);
        }
    }
}
