package dev.crmkit.pipeline;

import com.google.common.collect.ImmutableSortedSet;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A card as a board shows it: what the card face needs, without comment texts or attachments.
 *
 * <p>A card's prospect may lie outside the reader's access scope (a pipeline's users need not see every account its
 * cards link): the summary then keeps the prospect's id, which any call answers as it answers an unknown id, and
 * leaves out its name ({@code accountName} is {@code null} and {@code accountHidden} {@code true}); its creation date
 * stays, as the board's prospect-date filter and order use it. Adapters fill in every name; the library takes out those
 * the reader may not see.
 *
 * @param id the card
 * @param stageId its stage
 * @param position its position key in the stage
 * @param name its name
 * @param labels its labels
 * @param members its members
 * @param salespersonId its salesperson, or {@code null}
 * @param value its expected value, or {@code null}
 * @param expectedCloseDate its expected close date, or {@code null}
 * @param accountId its prospect, or {@code null}
 * @param accountName its prospect's legal name; {@code null} without a prospect, or with one the reader may not see
 * @param accountHidden whether the card has a prospect the reader may not see, whose name is left out
 * @param prospectCreatedAt when its prospect was created (its own creation without one)
 * @param archived whether archived
 * @param lost whether lost
 * @param convertedToCustomer whether converted to a customer
 * @param convertedToService whether converted to a customer service
 * @param stagnant whether stagnant at the instant the board was read
 * @param openTasks how many pending agenda entries are linked to it
 * @param comments how many comments it has
 * @param attachments how many attachments it has
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param version its version, for the next command on it
 */
public record CardSummary(
        CardId id,
        StageId stageId,
        String position,
        String name,
        Set<LabelId> labels,
        Set<UserId> members,
        UserId salespersonId,
        Money value,
        LocalDate expectedCloseDate,
        AccountId accountId,
        String accountName,
        boolean accountHidden,
        Instant prospectCreatedAt,
        boolean archived,
        boolean lost,
        boolean convertedToCustomer,
        boolean convertedToService,
        boolean stagnant,
        long openTasks,
        int comments,
        int attachments,
        Instant createdAt,
        Instant updatedAt,
        Version version) {

    /** Copies the sets, unless they are a card's own immutable ones; a hidden prospect has no name. */
    public CardSummary {
        labels = immutable(labels);
        members = immutable(members);
        accountName = accountHidden ? null : accountName;
    }

    /**
     * A summary whose prospect, if any, the reader may see: what an adapter builds.
     *
     * @param id the card
     * @param stageId its stage
     * @param position its position key in the stage
     * @param name its name
     * @param labels its labels
     * @param members its members
     * @param salespersonId its salesperson, or {@code null}
     * @param value its expected value, or {@code null}
     * @param expectedCloseDate its expected close date, or {@code null}
     * @param accountId its prospect, or {@code null}
     * @param accountName its prospect's legal name, or {@code null}
     * @param prospectCreatedAt when its prospect was created (its own creation without one)
     * @param archived whether archived
     * @param lost whether lost
     * @param convertedToCustomer whether converted to a customer
     * @param convertedToService whether converted to a customer service
     * @param stagnant whether stagnant at the instant the board was read
     * @param openTasks how many pending agenda entries are linked to it
     * @param comments how many comments it has
     * @param attachments how many attachments it has
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version its version, for the next command on it
     */
    public CardSummary(CardId id, StageId stageId, String position, String name, Set<LabelId> labels, Set<UserId> members,
            UserId salespersonId, Money value, LocalDate expectedCloseDate, AccountId accountId, String accountName,
            Instant prospectCreatedAt, boolean archived, boolean lost, boolean convertedToCustomer, boolean convertedToService,
            boolean stagnant, long openTasks, int comments, int attachments, Instant createdAt, Instant updatedAt, Version version) {
        this(id, stageId, position, name, labels, members, salespersonId, value, expectedCloseDate, accountId, accountName, false,
                prospectCreatedAt, archived, lost, convertedToCustomer, convertedToService, stagnant, openTasks, comments,
                attachments, createdAt, updatedAt, version);
    }

    private static <T> Set<T> immutable(Set<T> set) {
        // A card's sets are Guava's immutable sorted sets: kept as they are, a board summarizing thousands of cards
        // allocates nothing for them.
        return set instanceof ImmutableSortedSet<T> sorted ? sorted : Set.copyOf(set);
    }

    /**
     * The summary of a whole card, for adapters that load whole cards.
     *
     * @param card the card
     * @param accountName its prospect's legal name, or {@code null}
     * @param prospectCreatedAt when its prospect was created, or {@code null} without one (the card's creation is used)
     * @param stagnant whether it is stagnant now
     * @param openTasks how many pending agenda entries are linked to it
     * @return the summary
     */
    public static CardSummary of(Card card, String accountName, Instant prospectCreatedAt, boolean stagnant, long openTasks) {
        return new CardSummary(card.id(), card.stageId(), card.position(), card.name(), card.labels(), card.members(),
                card.salespersonId().orElse(null), card.value().orElse(null), card.expectedCloseDate().orElse(null),
                card.accountId().orElse(null), accountName, false, prospectCreatedAt == null ? card.createdAt() : prospectCreatedAt,
                card.archived(), card.lostAt().isPresent(), card.convertedToCustomerAt().isPresent(),
                card.convertedToServiceAt().isPresent(), stagnant, openTasks, card.comments().size(), card.attachments().size(),
                card.createdAt(), card.updatedAt(), card.version());
    }

    /**
     * The same summary with stagnation judged again.
     *
     * @param isStagnant whether the card is stagnant
     * @return the summary
     */
    public CardSummary withStagnant(boolean isStagnant) {
        return new CardSummary(id, stageId, position, name, labels, members, salespersonId, value, expectedCloseDate, accountId,
                accountName, accountHidden, prospectCreatedAt, archived, lost, convertedToCustomer, convertedToService, isStagnant,
                openTasks, comments, attachments, createdAt, updatedAt, version);
    }

    /**
     * The same summary for a reader who may not see its prospect: the name left out.
     *
     * @return the summary, {@link #accountHidden()}
     */
    public CardSummary withAccountHidden() {
        return new CardSummary(id, stageId, position, name, labels, members, salespersonId, value, expectedCloseDate, accountId,
                null, true, prospectCreatedAt, archived, lost, convertedToCustomer, convertedToService, stagnant, openTasks,
                comments, attachments, createdAt, updatedAt, version);
    }

    /** @return whether the card is neither archived, lost nor converted */
    public boolean open() {
        return !archived && !lost && !convertedToCustomer && !convertedToService;
    }

    /**
     * Starts a {@link CardSummary}; every other part starts empty
     * ({@code null}, an empty collection, zero, false).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link CardSummary}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.stageId = stageId;
        builder.position = position;
        builder.name = name;
        builder.labels = labels;
        builder.members = members;
        builder.salespersonId = salespersonId;
        builder.value = value;
        builder.expectedCloseDate = expectedCloseDate;
        builder.accountId = accountId;
        builder.accountName = accountName;
        builder.accountHidden = accountHidden;
        builder.prospectCreatedAt = prospectCreatedAt;
        builder.archived = archived;
        builder.lost = lost;
        builder.convertedToCustomer = convertedToCustomer;
        builder.convertedToService = convertedToService;
        builder.stagnant = stagnant;
        builder.openTasks = openTasks;
        builder.comments = comments;
        builder.attachments = attachments;
        builder.createdAt = createdAt;
        builder.updatedAt = updatedAt;
        builder.version = version;
        return builder;
    }

    /**
     * Builds a {@link CardSummary}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private CardId id;
        private StageId stageId;
        private String position;
        private String name;
        private Set<LabelId> labels = Set.of();
        private Set<UserId> members = Set.of();
        private UserId salespersonId;
        private Money value;
        private LocalDate expectedCloseDate;
        private AccountId accountId;
        private String accountName;
        private boolean accountHidden;
        private Instant prospectCreatedAt;
        private boolean archived;
        private boolean lost;
        private boolean convertedToCustomer;
        private boolean convertedToService;
        private boolean stagnant;
        private long openTasks;
        private int comments;
        private int attachments;
        private Instant createdAt;
        private Instant updatedAt;
        private Version version;

        private Builder() {}

        /**
         * @param value the card
         * @return this builder
         */
        public Builder id(CardId value) {
            this.id = value;
            return this;
        }

        /**
         * @param value its stage
         * @return this builder
         */
        public Builder stageId(StageId value) {
            this.stageId = value;
            return this;
        }

        /**
         * @param value its position key in the stage
         * @return this builder
         */
        public Builder position(String value) {
            this.position = value;
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
         * @param value its salesperson, or {@code null}
         * @return this builder
         */
        public Builder salespersonId(UserId value) {
            this.salespersonId = value;
            return this;
        }

        /**
         * @param value its expected value, or {@code null}
         * @return this builder
         */
        public Builder value(Money value) {
            this.value = value;
            return this;
        }

        /**
         * @param value its expected close date, or {@code null}
         * @return this builder
         */
        public Builder expectedCloseDate(LocalDate value) {
            this.expectedCloseDate = value;
            return this;
        }

        /**
         * @param value its prospect, or {@code null}
         * @return this builder
         */
        public Builder accountId(AccountId value) {
            this.accountId = value;
            return this;
        }

        /**
         * @param value its prospect's legal name; {@code null} without a prospect, or with one the reader may not see
         * @return this builder
         */
        public Builder accountName(String value) {
            this.accountName = value;
            return this;
        }

        /**
         * @param value whether the card has a prospect the reader may not see, whose name is left out
         * @return this builder
         */
        public Builder accountHidden(boolean value) {
            this.accountHidden = value;
            return this;
        }

        /**
         * @param value when its prospect was created (its own creation without one)
         * @return this builder
         */
        public Builder prospectCreatedAt(Instant value) {
            this.prospectCreatedAt = value;
            return this;
        }

        /**
         * @param value whether archived
         * @return this builder
         */
        public Builder archived(boolean value) {
            this.archived = value;
            return this;
        }

        /**
         * @param value whether lost
         * @return this builder
         */
        public Builder lost(boolean value) {
            this.lost = value;
            return this;
        }

        /**
         * @param value whether converted to a customer
         * @return this builder
         */
        public Builder convertedToCustomer(boolean value) {
            this.convertedToCustomer = value;
            return this;
        }

        /**
         * @param value whether converted to a customer service
         * @return this builder
         */
        public Builder convertedToService(boolean value) {
            this.convertedToService = value;
            return this;
        }

        /**
         * @param value whether stagnant at the instant the board was read
         * @return this builder
         */
        public Builder stagnant(boolean value) {
            this.stagnant = value;
            return this;
        }

        /**
         * @param value how many pending agenda entries are linked to it
         * @return this builder
         */
        public Builder openTasks(long value) {
            this.openTasks = value;
            return this;
        }

        /**
         * @param value how many comments it has
         * @return this builder
         */
        public Builder comments(int value) {
            this.comments = value;
            return this;
        }

        /**
         * @param value how many attachments it has
         * @return this builder
         */
        public Builder attachments(int value) {
            this.attachments = value;
            return this;
        }

        /**
         * @param value when it was created
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /**
         * @param value when it last changed
         * @return this builder
         */
        public Builder updatedAt(Instant value) {
            this.updatedAt = value;
            return this;
        }

        /**
         * @param value its version, for the next command on it
         * @return this builder
         */
        public Builder version(Version value) {
            this.version = value;
            return this;
        }

        /** @return the {@link CardSummary} of the steps so far, checked as any other when a use case receives it */
        public CardSummary build() {
            return new CardSummary(id, stageId, position, name, labels, members, salespersonId, value, expectedCloseDate, accountId, accountName, accountHidden, prospectCreatedAt, archived, lost, convertedToCustomer, convertedToService, stagnant, openTasks, comments, attachments, createdAt, updatedAt, version);
        }
    }
}
