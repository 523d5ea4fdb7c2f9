package dev.crmkit.pipeline;

import dev.crmkit.common.LabelId;
import dev.crmkit.common.UserId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every filter of a pipeline's board, savable per user and pipeline. Given filters all apply; a filter
 * with several values accepts any of them.
 *
 * @param dateField which date {@code from}, {@code to} and a date order use
 * @param from the first day accepted (in the tenant's time zone), or {@code null}
 * @param to the last day accepted, or {@code null}
 * @param order the order of cards within a stage; {@code null} for the pipeline's default
 * @param cardsPerStage cards per stage page: 10, 20, 50, 100 or 500; {@code null} for the pipeline's default
 * @param labels cards with one of these labels
 * @param members cards with one of these users as a member
 * @param salespeople cards with one of these salespeople
 * @param stagnant stagnant cards
 * @param hasTasks cards with pending agenda entries linked to them
 * @param archived archived cards
 * @param lost lost cards
 * @param convertedToCustomer cards converted to a customer
 * @param convertedToService cards converted to a customer service
 */
public record BoardFilter(
        @NotNull BoardDateField dateField,
        LocalDate from,
        LocalDate to,
        BoardOrder order,
        @Min(10) @Max(500) Integer cardsPerStage,
        Set<LabelId> labels,
        Set<UserId> members,
        Set<UserId> salespeople,
        @NotNull TriState stagnant,
        @NotNull TriState hasTasks,
        @NotNull TriState archived,
        @NotNull TriState lost,
        @NotNull TriState convertedToCustomer,
        @NotNull TriState convertedToService) {

    /** The page sizes a stage accepts. */
    public static final Set<Integer> PAGE_SIZES = Set.of(10, 20, 50, 100, 500);

    /** The filter "Limpar Filtros" goes back to: every card but the archived ones, in the pipeline's order. */
    public static final BoardFilter DEFAULT = new BoardFilter(BoardDateField.CARD_CREATED, null, null, null, null, Set.of(),
            Set.of(), Set.of(), TriState.ALL, TriState.ALL, TriState.NO, TriState.ALL, TriState.ALL, TriState.ALL);

    /** Copies the sets; a missing one means no filter. */
    public BoardFilter {
        labels = labels == null ? Set.of() : Set.copyOf(labels);
        members = members == null ? Set.of() : Set.copyOf(members);
        salespeople = salespeople == null ? Set.of() : Set.copyOf(salespeople);
    }

    /** @return a builder starting from {@link #DEFAULT} */
    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    /** @return a builder starting from this filter */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link BoardFilter}. */
    public static final class Builder {

        private BoardDateField dateField;
        private LocalDate from;
        private LocalDate to;
        private BoardOrder order;
        private Integer cardsPerStage;
        private Set<LabelId> labels;
        private Set<UserId> members;
        private Set<UserId> salespeople;
        private TriState stagnant;
        private TriState hasTasks;
        private TriState archived;
        private TriState lost;
        private TriState convertedToCustomer;
        private TriState convertedToService;

        private Builder(BoardFilter f) {
            dateField = f.dateField;
            from = f.from;
            to = f.to;
            order = f.order;
            cardsPerStage = f.cardsPerStage;
            labels = f.labels;
            members = f.members;
            salespeople = f.salespeople;
            stagnant = f.stagnant;
            hasTasks = f.hasTasks;
            archived = f.archived;
            lost = f.lost;
            convertedToCustomer = f.convertedToCustomer;
            convertedToService = f.convertedToService;
        }

        /**
         * @param field the date field
         * @param first the first day, or {@code null}
         * @param last the last day, or {@code null}
         * @return this builder
         */
        public Builder dates(BoardDateField field, LocalDate first, LocalDate last) {
            dateField = field;
            from = first;
            to = last;
            return this;
        }

        /**
         * @param newOrder the order within stages
         * @return this builder
         */
        public Builder order(BoardOrder newOrder) {
            order = newOrder;
            return this;
        }

        /**
         * @param size 10, 20, 50, 100 or 500
         * @return this builder
         */
        public Builder cardsPerStage(int size) {
            cardsPerStage = size;
            return this;
        }

        /**
         * @param values the labels accepted
         * @return this builder
         */
        public Builder labels(Collection<? extends LabelId> values) {
            labels = values == null ? null : new LinkedHashSet<>(values);
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
            members = values == null ? null : new LinkedHashSet<>(values);
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
            salespeople = values == null ? null : new LinkedHashSet<>(values);
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
            stagnant = value;
            return this;
        }

        /**
         * @param value cards with pending tasks
         * @return this builder
         */
        public Builder hasTasks(TriState value) {
            hasTasks = value;
            return this;
        }

        /**
         * @param value archived cards
         * @return this builder
         */
        public Builder archived(TriState value) {
            archived = value;
            return this;
        }

        /**
         * @param value lost cards
         * @return this builder
         */
        public Builder lost(TriState value) {
            lost = value;
            return this;
        }

        /**
         * @param value cards converted to a customer
         * @return this builder
         */
        public Builder convertedToCustomer(TriState value) {
            convertedToCustomer = value;
            return this;
        }

        /**
         * @param value cards converted to a customer service
         * @return this builder
         */
        public Builder convertedToService(TriState value) {
            convertedToService = value;
            return this;
        }

        /** @return the filter */
        public BoardFilter build() {
            return new BoardFilter(dateField, from, to, order, cardsPerStage, labels, members, salespeople, stagnant, hasTasks,
                    archived, lost, convertedToCustomer, convertedToService);
        }
    }
}
