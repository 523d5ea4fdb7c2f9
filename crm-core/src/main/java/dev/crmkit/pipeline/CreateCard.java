package dev.crmkit.pipeline;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
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
 * Adds a card to a pipeline, starting from its base card.
 *
 * @param pipelineId the pipeline
 * @param stageId the stage; {@code null} for the first one
 * @param name the card's name
 * @param description its description; {@code null} for the base card's
 * @param labels labels added to the base card's
 * @param members members added to the base card's (users of the pipeline)
 * @param salespersonId the salesperson (an active user), or {@code null}
 * @param value the expected value, zero or more, or {@code null}
 * @param expectedCloseDate the expected close date, or {@code null}
 * @param accountId the prospect (an account in the actor's scope without another open card here), or {@code null}
 */
public record CreateCard(
        @NotNull PipelineId pipelineId,
        StageId stageId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = Card.MAX_DESCRIPTION) String description,
        @Size(max = 100) Set<@NotNull LabelId> labels,
        @Size(max = 100) Set<@NotNull UserId> members,
        UserId salespersonId,
        @Valid Money value,
        LocalDate expectedCloseDate,
        AccountId accountId) {

    /**
     * Starts a {@link CreateCard} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param pipelineId the pipeline
     * @param name the card's name
     * @return a builder
     */
    public static Builder builder(PipelineId pipelineId, String name) {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.name = name;
        return builder;
    }

    /**
     * Starts a builder from this {@link CreateCard}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.stageId = stageId;
        builder.name = name;
        builder.description = description;
        builder.labels = labels;
        builder.members = members;
        builder.salespersonId = salespersonId;
        builder.value = value;
        builder.expectedCloseDate = expectedCloseDate;
        builder.accountId = accountId;
        return builder;
    }

    /**
     * Builds a {@link CreateCard}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PipelineId pipelineId;
        private StageId stageId;
        private String name;
        private String description;
        private Set<LabelId> labels = Set.of();
        private Set<UserId> members = Set.of();
        private UserId salespersonId;
        private Money value;
        private LocalDate expectedCloseDate;
        private AccountId accountId;

        private Builder() {}

        /**
         * @param value the pipeline
         * @return this builder
         */
        public Builder pipelineId(PipelineId value) {
            this.pipelineId = value;
            return this;
        }

        /**
         * @param value the stage; {@code null} for the first one
         * @return this builder
         */
        public Builder stageId(StageId value) {
            this.stageId = value;
            return this;
        }

        /**
         * @param value the card's name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value its description; {@code null} for the base card's
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param values labels added to the base card's
         * @return this builder
         */
        public Builder labels(Collection<? extends LabelId> values) {
            this.labels = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values labels added to the base card's
         * @return this builder
         */
        public Builder labels(LabelId... values) {
            return labels(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values members added to the base card's (users of the pipeline)
         * @return this builder
         */
        public Builder members(Collection<? extends UserId> values) {
            this.members = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values members added to the base card's (users of the pipeline)
         * @return this builder
         */
        public Builder members(UserId... values) {
            return members(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the salesperson (an active user), or {@code null}
         * @return this builder
         */
        public Builder salespersonId(UserId value) {
            this.salespersonId = value;
            return this;
        }

        /**
         * @param value the expected value, zero or more, or {@code null}
         * @return this builder
         */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /**
         * @param value the expected close date, or {@code null}
         * @return this builder
         */
        public Builder expectedCloseDate(LocalDate value) {
            this.expectedCloseDate = value;
            return this;
        }

        /**
         * @param value the prospect (an account in the actor's scope without another open card here), or {@code null}
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /** @return the {@link CreateCard} of the steps so far, checked as any other when a use case receives it */
        public CreateCard build() {
            return new CreateCard(pipelineId, stageId, name, description, labels, members, salespersonId, value, expectedCloseDate, accountId);
        }
    }
}
