package dev.crmkit.pipeline;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of a card import ({@link ImportCards}): a card as {@link CreateCard} describes it, its account named by id
 * or by tax id (one of the two, or neither). The tax id is the country and the number an account holds, the number
 * with or without its punctuation.
 *
 * @param stageId the stage; {@code null} for the pipeline's first one
 * @param name the card's name
 * @param description its description; {@code null} for the base card's
 * @param labels labels added to the base card's
 * @param members members added to the base card's (users of the pipeline)
 * @param salespersonId the salesperson (an active user), or {@code null}
 * @param value the expected value, or {@code null}
 * @param expectedCloseDate the expected close date, or {@code null}
 * @param accountId the account (the prospect) by id, or {@code null}
 * @param accountTaxCountry the country of the account's tax id (ISO 3166 alpha-2), or {@code null}
 * @param accountTaxNumber the number of the account's tax id, or {@code null}
 */
public record ImportedCard(
        StageId stageId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = Card.MAX_DESCRIPTION) String description,
        @Size(max = 100) Set<@NotNull LabelId> labels,
        @Size(max = 100) Set<@NotNull UserId> members,
        UserId salespersonId,
        @Valid Money value,
        LocalDate expectedCloseDate,
        AccountId accountId,
        @Size(max = 2) String accountTaxCountry,
        @Size(max = 40) String accountTaxNumber) {

    /**
     * @param name the card's name
     * @return a builder of a row with that name, the rest left empty
     */
    public static Builder named(String name) {
        return builder(name);
    }

    /**
     * Starts an {@link ImportedCard} from its one required part, as every builder of the library does.
     *
     * @param name the card's name
     * @return a builder of a row with that name, the rest left empty
     */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /** Builds an {@link ImportedCard}. */
    public static final class Builder {

        private StageId stageId;
        private String name;
        private String description;
        private Set<LabelId> labels;
        private Set<UserId> members;
        private UserId salespersonId;
        private Money value;
        private LocalDate expectedCloseDate;
        private AccountId accountId;
        private String accountTaxCountry;
        private String accountTaxNumber;

        private Builder() {}

        /**
         * @param stageId the stage; {@code null} for the first one
         * @return this builder
         */
        public Builder stageId(StageId stageId) {
            this.stageId = stageId;
            return this;
        }

        /**
         * @param name the card's name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * @param labels labels added to the base card's
         * @return this builder
         */
        public Builder labels(Set<LabelId> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * @param members members added to the base card's
         * @return this builder
         */
        public Builder members(Set<UserId> members) {
            this.members = members;
            return this;
        }

        /**
         * @param salespersonId the salesperson
         * @return this builder
         */
        public Builder salespersonId(UserId salespersonId) {
            this.salespersonId = salespersonId;
            return this;
        }

        /**
         * @param value the expected value
         * @return this builder
         */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /**
         * @param expectedCloseDate the expected close date
         * @return this builder
         */
        public Builder expectedCloseDate(LocalDate expectedCloseDate) {
            this.expectedCloseDate = expectedCloseDate;
            return this;
        }

        /**
         * @param accountId the account by id
         * @return this builder
         */
        public Builder accountId(AccountId accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * @param country the country of the account's tax id (ISO 3166 alpha-2)
         * @param number the number of the account's tax id
         * @return this builder
         */
        public Builder accountTaxId(String country, String number) {
            this.accountTaxCountry = country;
            this.accountTaxNumber = number;
            return this;
        }

        /** @return the row */
        public ImportedCard build() {
            return new ImportedCard(stageId, name, description, labels, members, salespersonId, value, expectedCloseDate,
                    accountId, accountTaxCountry, accountTaxNumber);
        }
    }
}
