package dev.crmkit.spi;

import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.BoardDateField;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.TriState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A board query as an adapter receives it, resolved by the core. An adapter returns the cards of the pipeline
 * that {@link #admits} accepts, per stage, in {@link #order()}.
 *
 * <p>Matching:
 * <ul>
 *   <li>{@code from} ≤ the card's date &lt; {@code to}, where the date is {@link #dateOf} (the card's creation, or
 *       its prospect's with {@link BoardDateField#PROSPECT_CREATED}, the card's own when it has no prospect);
 *   <li>{@code labels}, {@code members}: the card has one of them; {@code salespeople}: its salesperson is one;
 *   <li>{@code stagnant}: an open card whose stage has a threshold in {@code stagnantBefore} and whose last update is
 *       at or before it ({@link #isStagnant});
 *   <li>{@code hasTasks}: the card has at least one pending agenda entry linked to it;
 *   <li>{@code archived}, {@code lost}, {@code convertedToCustomer}, {@code convertedToService}: the card's flags.
 * </ul>
 *
 * <p>Order within a stage: {@link BoardOrder#POSITION} by position key then id; {@code ASCENDING} by date then id;
 * {@code DESCENDING} by date then id, both descending. Ids compare unsigned.
 *
 * @param pipelineId the pipeline
 * @param stages the pipeline's stages, in board order: a board slice holds a page of each
 * @param stagnantBefore for each stage with stagnant days, the instant at or before which an update is stale
 * @param dateField the date the range and date orders use
 * @param from the first instant accepted, or {@code null}
 * @param to the instant from which cards are refused, or {@code null}
 * @param order the order within stages
 * @param labels the labels accepted
 * @param members the members accepted
 * @param salespeople the salespeople accepted
 * @param stagnant stagnant cards
 * @param hasTasks cards with pending tasks
 * @param archived archived cards
 * @param lost lost cards
 * @param convertedToCustomer cards converted to a customer
 * @param convertedToService cards converted to a service
 */
public record BoardCriteria(
        PipelineId pipelineId,
        List<StageId> stages,
        Map<StageId, Instant> stagnantBefore,
        BoardDateField dateField,
        Instant from,
        Instant to,
        BoardOrder order,
        Set<LabelId> labels,
        Set<UserId> members,
        Set<UserId> salespeople,
        TriState stagnant,
        TriState hasTasks,
        TriState archived,
        TriState lost,
        TriState convertedToCustomer,
        TriState convertedToService) {

    /** Copies the collections and checks the mandatory parts. */
    public BoardCriteria {
        Objects.requireNonNull(pipelineId, "pipelineId");
        stages = List.copyOf(stages);
        stagnantBefore = Map.copyOf(stagnantBefore);
        Objects.requireNonNull(dateField, "dateField");
        Objects.requireNonNull(order, "order");
        labels = Set.copyOf(labels);
        members = Set.copyOf(members);
        salespeople = Set.copyOf(salespeople);
        Objects.requireNonNull(stagnant, "stagnant");
        Objects.requireNonNull(hasTasks, "hasTasks");
        Objects.requireNonNull(archived, "archived");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(convertedToCustomer, "convertedToCustomer");
        Objects.requireNonNull(convertedToService, "convertedToService");
    }

    /**
     * Whether a card is stagnant at the board's instant.
     *
     * @param stageId its stage
     * @param open whether it is open
     * @param updatedAt its last update
     * @return {@code true} when stagnant
     */
    public boolean isStagnant(StageId stageId, boolean open, Instant updatedAt) {
        Instant threshold = stagnantBefore.get(stageId);
        return open && threshold != null && !updatedAt.isAfter(threshold);
    }

    /**
     * The date the range and date orders use for a card.
     *
     * @param card the card
     * @return its creation, or its prospect's
     */
    public Instant dateOf(CardSummary card) {
        return dateField == BoardDateField.PROSPECT_CREATED ? card.prospectCreatedAt() : card.createdAt();
    }

    /**
     * Whether a card (whose {@code stagnant} and {@code openTasks} the adapter filled in) matches.
     *
     * @param card the card
     * @return {@code true} when every filter accepts it
     */
    public boolean admits(CardSummary card) {
        Instant date = dateOf(card);
        return (from == null || !date.isBefore(from))
                && (to == null || date.isBefore(to))
                && (labels.isEmpty() || card.labels().stream().anyMatch(labels::contains))
                && (members.isEmpty() || card.members().stream().anyMatch(members::contains))
                && (salespeople.isEmpty() || (card.salespersonId() != null && salespeople.contains(card.salespersonId())))
                && stagnant.accepts(card.stagnant())
                && hasTasks.accepts(card.openTasks() > 0)
                && archived.accepts(card.archived())
                && lost.accepts(card.lost())
                && convertedToCustomer.accepts(card.convertedToCustomer())
                && convertedToService.accepts(card.convertedToService());
    }

    /** @return the order within a stage, as a comparator */
    public Comparator<CardSummary> comparator() {
        return switch (order) {
            case POSITION -> Comparator.comparing(CardSummary::position).thenComparing(CardSummary::id);
            case ASCENDING -> Comparator.comparing(this::dateOf).thenComparing(CardSummary::id);
            case DESCENDING -> Comparator.comparing(this::dateOf).thenComparing(CardSummary::id).reversed();
        };
    }

    /**
     * The keyset position of a card in this order.
     *
     * @param card the card
     * @return its position
     */
    public CardPosition positionOf(CardSummary card) {
        return order == BoardOrder.POSITION ? new CardPosition(card.position(), null, card.id())
                : new CardPosition(null, dateOf(card), card.id());
    }

    /**
     * Whether a card comes after a keyset position in this order.
     *
     * @param card the card
     * @param position the previous page's last position
     * @return {@code true} when it belongs to a later page
     */
    public boolean isAfter(CardSummary card, CardPosition position) {
        CardPosition mine = positionOf(card);
        int byKey = order == BoardOrder.POSITION ? mine.position().compareTo(position.position())
                : mine.instant().compareTo(position.instant());
        int compared = byKey != 0 ? byKey : mine.id().compareTo(position.id());
        return order == BoardOrder.DESCENDING ? compared < 0 : compared > 0;
    }

    /**
     * A keyset position within a stage.
     *
     * @param position the last card's position key, for {@link BoardOrder#POSITION}
     * @param instant the last card's date, for the date orders
     * @param id the last card's id
     */
    public record CardPosition(String position, Instant instant, CardId id) {

        /** Checks the id is present. */
        public CardPosition {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Starts a {@link BoardCriteria}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link BoardCriteria}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pipelineId = pipelineId;
        builder.stages = stages;
        builder.stagnantBefore = stagnantBefore;
        builder.dateField = dateField;
        builder.from = from;
        builder.to = to;
        builder.order = order;
        builder.labels = labels;
        builder.members = members;
        builder.salespeople = salespeople;
        builder.stagnant = stagnant;
        builder.hasTasks = hasTasks;
        builder.archived = archived;
        builder.lost = lost;
        builder.convertedToCustomer = convertedToCustomer;
        builder.convertedToService = convertedToService;
        return builder;
    }

    /**
     * Builds a {@link BoardCriteria}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PipelineId pipelineId;
        private List<StageId> stages = List.of();
        private Map<StageId, Instant> stagnantBefore = Map.of();
        private BoardDateField dateField;
        private Instant from;
        private Instant to;
        private BoardOrder order;
        private Set<LabelId> labels = Set.of();
        private Set<UserId> members = Set.of();
        private Set<UserId> salespeople = Set.of();
        private TriState stagnant;
        private TriState hasTasks;
        private TriState archived;
        private TriState lost;
        private TriState convertedToCustomer;
        private TriState convertedToService;

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
         * @param values the pipeline's stages, in board order: a board slice holds a page of each
         * @return this builder
         */
        public Builder stages(Collection<? extends StageId> values) {
            this.stages = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the pipeline's stages, in board order: a board slice holds a page of each
         * @return this builder
         */
        public Builder stages(StageId... values) {
            return stages(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value for each stage with stagnant days, the instant at or before which an update is stale
         * @return this builder
         */
        public Builder stagnantBefore(Map<StageId, Instant> value) {
            this.stagnantBefore = value;
            return this;
        }

        /**
         * @param value the date the range and date orders use
         * @return this builder
         */
        public Builder dateField(BoardDateField value) {
            this.dateField = value;
            return this;
        }

        /**
         * @param value the first instant accepted, or {@code null}
         * @return this builder
         */
        public Builder from(Instant value) {
            this.from = value;
            return this;
        }

        /**
         * @param value the instant from which cards are refused, or {@code null}
         * @return this builder
         */
        public Builder to(Instant value) {
            this.to = value;
            return this;
        }

        /**
         * @param value the order within stages
         * @return this builder
         */
        public Builder order(BoardOrder value) {
            this.order = value;
            return this;
        }

        /**
         * @param values the labels accepted
         * @return this builder
         */
        public Builder labels(Collection<? extends LabelId> values) {
            this.labels = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the labels accepted
         * @return this builder
         */
        public Builder labels(LabelId... values) {
            return labels(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the members accepted
         * @return this builder
         */
        public Builder members(Collection<? extends UserId> values) {
            this.members = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the members accepted
         * @return this builder
         */
        public Builder members(UserId... values) {
            return members(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the salespeople accepted
         * @return this builder
         */
        public Builder salespeople(Collection<? extends UserId> values) {
            this.salespeople = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the salespeople accepted
         * @return this builder
         */
        public Builder salespeople(UserId... values) {
            return salespeople(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value stagnant cards
         * @return this builder
         */
        public Builder stagnant(TriState value) {
            this.stagnant = value;
            return this;
        }

        /**
         * @param value cards with pending tasks
         * @return this builder
         */
        public Builder hasTasks(TriState value) {
            this.hasTasks = value;
            return this;
        }

        /**
         * @param value archived cards
         * @return this builder
         */
        public Builder archived(TriState value) {
            this.archived = value;
            return this;
        }

        /**
         * @param value lost cards
         * @return this builder
         */
        public Builder lost(TriState value) {
            this.lost = value;
            return this;
        }

        /**
         * @param value cards converted to a customer
         * @return this builder
         */
        public Builder convertedToCustomer(TriState value) {
            this.convertedToCustomer = value;
            return this;
        }

        /**
         * @param value cards converted to a service
         * @return this builder
         */
        public Builder convertedToService(TriState value) {
            this.convertedToService = value;
            return this;
        }

        /** @return the {@link BoardCriteria} of the steps so far, checked as any other when a use case receives it */
        public BoardCriteria build() {
            return new BoardCriteria(pipelineId, stages, stagnantBefore, dateField, from, to, order, labels, members, salespeople, stagnant, hasTasks, archived, lost, convertedToCustomer, convertedToService);
        }
    }
}
