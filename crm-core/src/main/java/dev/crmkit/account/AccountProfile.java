package dev.crmkit.account;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.Page;
import dev.crmkit.contact.Contact;
import dev.crmkit.document.Document;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.order.Order;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.quote.QuoteSummary;
import dev.crmkit.relationship.RelatedAccount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Everything about one account in one call.
 *
 * @param account the account
 * @param classificationLabel its classification as the tenant names it, in the reader's language
 * @param contacts its contacts, by name
 * @param relationships its relationships both ways, to accounts in the reader's scope
 * @param documents its documents, newest first
 * @param openCards its open cards (opportunities in progress) in the pipelines the reader uses, latest first
 * @param closedCards its archived, lost and converted cards in those pipelines, latest first
 * @param pendingEntries its pending agenda entries, by schedule (unscheduled last)
 * @param doneEntries its concluded agenda entries, latest concluded first
 * @param quotes its quotes, newest number first, each with whether it has expired today
 * @param timeline the newest page of its timeline ({@link Accounts#timeline} pages on)
 * @param openCases its service cases still to be dealt with (new, open, waiting for the customer), latest change first
 * @param closedCases its resolved and closed service cases, latest change first
 * @param orders its orders, newest first (the latest {@value #PROFILE_ORDERS}; {@code Orders.ofAccount} lists more)
 */
public record AccountProfile(
        Account account,
        String classificationLabel,
        List<Contact> contacts,
        List<RelatedAccount> relationships,
        List<Document> documents,
        List<CardSummary> openCards,
        List<CardSummary> closedCards,
        List<AgendaEntry> pendingEntries,
        List<AgendaEntry> doneEntries,
        List<QuoteSummary> quotes,
        Page<TimelineEntry> timeline,
        List<ServiceCase> openCases,
        List<ServiceCase> closedCases,
        List<Order> orders) {

    /** The most orders a profile lists. */
    public static final int PROFILE_ORDERS = 50;

    /** Copies the lists. */
    public AccountProfile {
        contacts = List.copyOf(contacts);
        relationships = List.copyOf(relationships);
        documents = List.copyOf(documents);
        openCards = List.copyOf(openCards);
        closedCards = List.copyOf(closedCards);
        pendingEntries = List.copyOf(pendingEntries);
        doneEntries = List.copyOf(doneEntries);
        quotes = List.copyOf(quotes);
        openCases = List.copyOf(openCases);
        closedCases = List.copyOf(closedCases);
        orders = List.copyOf(orders);
    }

    /**
     * Starts a {@link AccountProfile}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link AccountProfile}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.account = account;
        builder.classificationLabel = classificationLabel;
        builder.contacts = contacts;
        builder.relationships = relationships;
        builder.documents = documents;
        builder.openCards = openCards;
        builder.closedCards = closedCards;
        builder.pendingEntries = pendingEntries;
        builder.doneEntries = doneEntries;
        builder.quotes = quotes;
        builder.timeline = timeline;
        builder.openCases = openCases;
        builder.closedCases = closedCases;
        builder.orders = orders;
        return builder;
    }

    /**
     * Builds a {@link AccountProfile}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private Account account;
        private String classificationLabel;
        private List<Contact> contacts = List.of();
        private List<RelatedAccount> relationships = List.of();
        private List<Document> documents = List.of();
        private List<CardSummary> openCards = List.of();
        private List<CardSummary> closedCards = List.of();
        private List<AgendaEntry> pendingEntries = List.of();
        private List<AgendaEntry> doneEntries = List.of();
        private List<QuoteSummary> quotes = List.of();
        private Page<TimelineEntry> timeline;
        private List<ServiceCase> openCases = List.of();
        private List<ServiceCase> closedCases = List.of();
        private List<Order> orders = List.of();

        private Builder() {}

        /**
         * @param value the account
         * @return this builder
         */
        public Builder account(Account value) {
            this.account = value;
            return this;
        }

        /**
         * @param value its classification as the tenant names it, in the reader's language
         * @return this builder
         */
        public Builder classificationLabel(String value) {
            this.classificationLabel = value;
            return this;
        }

        /**
         * @param values its contacts, by name
         * @return this builder
         */
        public Builder contacts(Collection<? extends Contact> values) {
            this.contacts = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its contacts, by name
         * @return this builder
         */
        public Builder contacts(Contact... values) {
            return contacts(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its relationships both ways, to accounts in the reader's scope
         * @return this builder
         */
        public Builder relationships(Collection<? extends RelatedAccount> values) {
            this.relationships = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its relationships both ways, to accounts in the reader's scope
         * @return this builder
         */
        public Builder relationships(RelatedAccount... values) {
            return relationships(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its documents, newest first
         * @return this builder
         */
        public Builder documents(Collection<? extends Document> values) {
            this.documents = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its documents, newest first
         * @return this builder
         */
        public Builder documents(Document... values) {
            return documents(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its service cases still to be dealt with, latest change first
         * @return this builder
         */
        public Builder openCases(Collection<? extends ServiceCase> values) {
            this.openCases = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its resolved and closed service cases, latest change first
         * @return this builder
         */
        public Builder closedCases(Collection<? extends ServiceCase> values) {
            this.closedCases = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its open cards (opportunities in progress) in the pipelines the reader uses, latest first
         * @return this builder
         */
        public Builder openCards(Collection<? extends CardSummary> values) {
            this.openCards = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its orders, newest first
         * @return this builder
         */
        public Builder orders(Collection<? extends Order> values) {
            this.orders = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its orders, newest first
         * @return this builder
         */
        public Builder orders(Order... values) {
            return orders(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its open cards (opportunities in progress) in the pipelines the reader uses, latest first
         * @return this builder
         */
        public Builder openCards(CardSummary... values) {
            return openCards(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its archived, lost and converted cards in those pipelines, latest first
         * @return this builder
         */
        public Builder closedCards(Collection<? extends CardSummary> values) {
            this.closedCards = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its archived, lost and converted cards in those pipelines, latest first
         * @return this builder
         */
        public Builder closedCards(CardSummary... values) {
            return closedCards(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its pending agenda entries, by schedule (unscheduled last)
         * @return this builder
         */
        public Builder pendingEntries(Collection<? extends AgendaEntry> values) {
            this.pendingEntries = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its pending agenda entries, by schedule (unscheduled last)
         * @return this builder
         */
        public Builder pendingEntries(AgendaEntry... values) {
            return pendingEntries(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its concluded agenda entries, latest concluded first
         * @return this builder
         */
        public Builder doneEntries(Collection<? extends AgendaEntry> values) {
            this.doneEntries = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its concluded agenda entries, latest concluded first
         * @return this builder
         */
        public Builder doneEntries(AgendaEntry... values) {
            return doneEntries(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values its quotes, newest number first
         * @return this builder
         */
        public Builder quotes(Collection<? extends QuoteSummary> values) {
            this.quotes = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values its quotes, newest number first
         * @return this builder
         */
        public Builder quotes(QuoteSummary... values) {
            return quotes(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the newest page of its timeline ({@link Accounts#timeline} pages on)
         * @return this builder
         */
        public Builder timeline(Page<TimelineEntry> value) {
            this.timeline = value;
            return this;
        }

        /** @return the {@link AccountProfile} of the steps so far, checked as any other when a use case receives it */
        public AccountProfile build() {
            return new AccountProfile(account, classificationLabel, contacts, relationships, documents, openCards, closedCards, pendingEntries, doneEntries, quotes, timeline,
                    openCases, closedCases, orders);
        }
    }
}
