package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.ProspectState;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.pipeline.Card;
import java.util.List;
import dev.crmkit.account.Interest;
import dev.crmkit.account.InterestKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An account query as an adapter receives it: resolved and normalized by the core, the actor's access
 * predicate included. An adapter returns exactly the accounts {@link #admits} accepts, in {@link #order()}.
 *
 * <p>Matching, filter by filter (an empty set or {@code null} is no filter):
 * <ul>
 *   <li>{@code access}: the {@link AccountAccess} predicate over the account's responsibles;
 *   <li>{@code classifications}, {@code statuses}: contains the account's;
 *   <li>{@code responsibles}: shares at least one user with the account's responsibles;
 *   <li>{@code salespeople}: contains the account's salesperson;
 *   <li>{@code characteristicKeys}: for every entry, the account's value for that type has that
 *       {@link CharacteristicValue#key()};
 *   <li>{@code interests} / {@code disinterests}: the account marked one of these areas with
 *       {@link InterestKind#INTEREST} / {@link InterestKind#DISINTEREST};
 *   <li>{@code cityKey}, {@code stateKey}: equal to {@link Text#fold} of the address's city / state;
 *       {@code country}: equal to the address's country;
 *   <li>{@code text}: {@link SearchText.Query#matches} over {@link Account#searchText()} and
 *       {@link Account#searchDigits()};
 *   <li>{@code createdFrom} ≤ created instant &lt; {@code createdTo};
 *   <li>{@code customerTypes}, {@code priorities}, {@code economicActivities}, {@code priceLists}: contains the
 *       account's catalog entry (an account without one never matches);
 *   <li>{@code personKinds}, {@code creditTerms}: contains the account's;
 *   <li>{@code supplier}, {@code taxable}: equal to the account's flag;
 *   <li>{@code openCard}: the account has a card that is {@link Card#open()}, in one of its pipelines (an empty set
 *       matches nothing) and, when stages are given, in one of them;
 *   <li>{@code openCase}: whether the account has a case whose status is {@link CaseStatus#pending()};
 *   <li>{@code prospects}: the account is a {@link Classification#LEAD} or {@link Classification#PROSPECT} and, among
 *       its cards in the condition's pipelines, {@link ProspectState#IN_PROGRESS}: one is open;
 *       {@link ProspectState#ABANDONED}: none is open and one is archived or lost.
 * </ul>
 *
 * <p>The last three look beyond the account: {@link #matchesFilters} leaves them aside and {@link #matchesRelated}
 * checks them against the account's cards and cases.
 *
 * <p>Order: by the sort key ({@link Account#nameKey()}, the created or the updated instant), then by id
 * (unsigned), both in {@code direction}.
 *
 * @param access the actor's access predicate
 * @param classifications the classifications accepted
 * @param statuses the statuses accepted
 * @param responsibles the responsibles accepted
 * @param salespeople the salespeople accepted
 * @param characteristicKeys the characteristic value keys required, by type
 * @param interests the interest areas accepted
 * @param disinterests the disinterest areas accepted
 * @param cityKey the folded city, or {@code null}
 * @param stateKey the folded state, or {@code null}
 * @param country the ISO country code, or {@code null}
 * @param text the text query, or {@code null}
 * @param createdFrom the first creation instant accepted, or {@code null}
 * @param createdTo the creation instant from which accounts are refused, or {@code null}
 * @param customerTypes the customer types accepted
 * @param priorities the priorities accepted
 * @param economicActivities the economic activities accepted
 * @param priceLists the price lists accepted
 * @param personKinds the person kinds accepted
 * @param creditTerms the credit terms accepted
 * @param supplier the supplier flag required, or {@code null}
 * @param taxable the taxable flag required, or {@code null}
 * @param openCard the open card required, or {@code null}
 * @param openCase whether a pending case is required ({@code true}) or refused ({@code false}), or {@code null}
 * @param prospects the prospect states accepted and the pipelines whose cards count, or {@code null}
 * @param sort the sort key
 * @param direction the sort direction
 */
public record AccountCriteria(
        AccountAccess access,
        Set<Classification> classifications,
        Set<AccountStatus> statuses,
        Set<UserId> responsibles,
        Set<UserId> salespeople,
        Map<CatalogEntryId, String> characteristicKeys,
        Set<CatalogEntryId> interests,
        Set<CatalogEntryId> disinterests,
        String cityKey,
        String stateKey,
        String country,
        SearchText.Query text,
        Instant createdFrom,
        Instant createdTo,
        Set<CatalogEntryId> customerTypes,
        Set<CatalogEntryId> priorities,
        Set<CatalogEntryId> economicActivities,
        Set<CatalogEntryId> priceLists,
        Set<PersonKind> personKinds,
        Set<CreditTerms> creditTerms,
        Boolean supplier,
        Boolean taxable,
        CardCondition openCard,
        Boolean openCase,
        ProspectCondition prospects,
        AccountSort sort,
        SortDirection direction) {

    /** Copies the collections and checks the mandatory parts. */
    public AccountCriteria {
        Objects.requireNonNull(access, "access");
        classifications = Set.copyOf(classifications);
        statuses = Set.copyOf(statuses);
        responsibles = Set.copyOf(responsibles);
        salespeople = Set.copyOf(salespeople);
        characteristicKeys = Map.copyOf(characteristicKeys);
        interests = Set.copyOf(interests);
        disinterests = Set.copyOf(disinterests);
        customerTypes = customerTypes == null ? Set.of() : Set.copyOf(customerTypes);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        economicActivities = economicActivities == null ? Set.of() : Set.copyOf(economicActivities);
        priceLists = priceLists == null ? Set.of() : Set.copyOf(priceLists);
        personKinds = personKinds == null ? Set.of() : Set.copyOf(personKinds);
        creditTerms = creditTerms == null ? Set.of() : Set.copyOf(creditTerms);
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(direction, "direction");
    }

    /**
     * No filter but the access predicate, by name ascending.
     *
     * @param access the access predicate
     * @return the criteria
     */
    public static AccountCriteria all(AccountAccess access) {
        return new AccountCriteria(access, Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), null, null,
                null, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null,
                AccountSort.NAME, SortDirection.ASC);
    }

    /**
     * Whether an account matches every filter and the access predicate.
     *
     * @param account the account
     * @param teamOf the current team of a user (for a {@link AccountAccess.ResponsibleInTeam} predicate)
     * @return {@code true} when the account belongs to the result
     */
    public boolean admits(Account account, Function<UserId, Optional<CatalogEntryId>> teamOf, Related related) {
        return matchesFilters(account) && matchesRelated(account, related) && access.admits(account.responsibles(), teamOf);
    }

    /**
     * Whether some filter looks at the account's cards or cases.
     *
     * @return {@code true} when {@link #matchesRelated} may refuse an account
     */
    public boolean looksBeyondAccounts() {
        return openCard != null || openCase != null || prospects != null;
    }

    /**
     * Whether an account's cards and cases match the filters that look at them: open card, open case, prospect state.
     *
     * @param account the account
     * @param related the account's cards and cases
     * @return {@code true} when every such filter accepts it
     */
    public boolean matchesRelated(Account account, Related related) {
        if (!looksBeyondAccounts()) {
            return true;
        }
        if (openCase != null && related.hasPendingCase(account.id()) != openCase) {
            return false;
        }
        Collection<Card> cards = openCard != null || prospects != null ? related.cards(account.id()) : List.of();
        if (openCard != null && cards.stream().noneMatch(openCard::admits)) {
            return false;
        }
        return prospects == null || prospects.admits(account, cards);
    }

    /**
     * Whether an account matches every filter, the access predicate left aside.
     *
     * @param account the account
     * @return {@code true} when every filter accepts it
     */
    public boolean matchesFilters(Account account) {
        var details = account.details();
        if (!classifications.isEmpty() && !classifications.contains(account.classification())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(details.customer().status())) {
            return false;
        }
        if (!responsibles.isEmpty() && responsibles.stream().noneMatch(account.responsibles()::contains)) {
            return false;
        }
        UserId salesperson = details.customer().salespersonId();
        if (!salespeople.isEmpty() && (salesperson == null || !salespeople.contains(salesperson))) {
            return false;
        }
        for (Map.Entry<CatalogEntryId, String> required : characteristicKeys.entrySet()) {
            CharacteristicValue value = account.characteristics().get(required.getKey());
            if (value == null || !value.key().equals(required.getValue())) {
                return false;
            }
        }
        if (!interests.isEmpty() && !marks(account, interests, InterestKind.INTEREST)) {
            return false;
        }
        if (!disinterests.isEmpty() && !marks(account, disinterests, InterestKind.DISINTEREST)) {
            return false;
        }
        if (cityKey != null && !cityKey.equals(account.cityKey())) {
            return false;
        }
        if (stateKey != null && !stateKey.equals(account.stateKey())) {
            return false;
        }
        if (country != null && !country.equals(details.address().country())) {
            return false;
        }
        if (text != null && !text.matches(account.searchText(), account.searchDigits())) {
            return false;
        }
        if (createdFrom != null && account.createdAt().isBefore(createdFrom)) {
            return false;
        }
        if (createdTo != null && !account.createdAt().isBefore(createdTo)) {
            return false;
        }
        var customer = details.customer();
        if (!among(customerTypes, customer.customerTypeId()) || !among(priorities, customer.priorityId())
                || !among(economicActivities, customer.economicActivityId()) || !among(priceLists, customer.priceListId())) {
            return false;
        }
        if (!personKinds.isEmpty() && !personKinds.contains(details.personKind())) {
            return false;
        }
        if (!creditTerms.isEmpty() && !creditTerms.contains(details.credit().terms())) {
            return false;
        }
        if (supplier != null && supplier != details.supplier()) {
            return false;
        }
        return taxable == null || taxable == customer.taxable();
    }

    private static <T> boolean among(Set<T> accepted, T value) {
        return accepted.isEmpty() || (value != null && accepted.contains(value));
    }

    /**
     * What {@link #matchesRelated} needs to know of an account beyond its own record.
     */
    public interface Related {

        /**
         * @param account an account
         * @return its cards, in every pipeline
         */
        Collection<Card> cards(AccountId account);

        /**
         * @param account an account
         * @return whether it has a case whose status is {@link CaseStatus#pending()}
         */
        boolean hasPendingCase(AccountId account);
    }

    /**
     * An open card in one of some pipelines and, when stages are given, one of them.
     *
     * @param pipelines the pipelines the card may be in (the reader's visible ones, resolved by the core)
     * @param stages the stages the card may be in; empty for any
     */
    public record CardCondition(Set<PipelineId> pipelines, Set<StageId> stages) {

        /** Copies the sets. */
        public CardCondition {
            pipelines = Set.copyOf(pipelines);
            stages = Set.copyOf(stages);
        }

        /**
         * @param card a card
         * @return whether it is open and where the condition asks
         */
        public boolean admits(Card card) {
            return card.open() && pipelines.contains(card.pipelineId()) && (stages.isEmpty() || stages.contains(card.stageId()));
        }
    }

    /**
     * Potential customers in some states, judged by their cards in some pipelines.
     *
     * @param states the states accepted, not empty
     * @param pipelines the pipelines whose cards count (the reader's visible ones)
     */
    public record ProspectCondition(Set<ProspectState> states, Set<PipelineId> pipelines) {

        /** Copies the sets. */
        public ProspectCondition {
            states = Set.copyOf(states);
            pipelines = Set.copyOf(pipelines);
        }

        /**
         * @param account an account
         * @param cards its cards
         * @return whether it is a potential customer in one of the states
         */
        public boolean admits(Account account, Collection<Card> cards) {
            if (account.classification() != Classification.LEAD && account.classification() != Classification.PROSPECT) {
                return false;
            }
            boolean open = false;
            boolean dropped = false;
            for (Card card : cards) {
                if (pipelines.contains(card.pipelineId())) {
                    open |= card.open();
                    dropped |= card.archived() || card.lostAt().isPresent();
                }
            }
            return open ? states.contains(ProspectState.IN_PROGRESS) : dropped && states.contains(ProspectState.ABANDONED);
        }
    }

    /**
     * The order of the result.
     *
     * @return the comparator: sort key, then id, in the direction
     */
    public Comparator<Account> order() {
        Comparator<Account> ascending = switch (sort) {
            case NAME -> Comparator.comparing(Account::nameKey);
            case CREATED -> Comparator.comparing(Account::createdAt);
            case UPDATED -> Comparator.comparing(Account::updatedAt);
        };
        ascending = ascending.thenComparing(Account::id);
        return direction == SortDirection.ASC ? ascending : ascending.reversed();
    }

    /**
     * The keyset position of an account in this order.
     *
     * @param account the account
     * @return its position
     */
    public AccountPosition positionOf(Account account) {
        return switch (sort) {
            case NAME -> new AccountPosition(account.nameKey(), null, account.id());
            case CREATED -> new AccountPosition(null, account.createdAt(), account.id());
            case UPDATED -> new AccountPosition(null, account.updatedAt(), account.id());
        };
    }

    /**
     * Whether an account comes after a keyset position in this order.
     *
     * @param account the account
     * @param position the position of the last account of the previous page
     * @return {@code true} when the account belongs to a later page
     */
    public boolean isAfter(Account account, AccountPosition position) {
        AccountPosition mine = positionOf(account);
        int byKey = sort == AccountSort.NAME ? mine.nameKey().compareTo(position.nameKey())
                : mine.instant().compareTo(position.instant());
        int compared = byKey != 0 ? byKey : mine.id().compareTo(position.id());
        return direction == SortDirection.ASC ? compared > 0 : compared < 0;
    }

    private static boolean marks(Account account, Set<CatalogEntryId> areas, InterestKind kind) {
        for (CatalogEntryId area : areas) {
            Interest interest = account.interests().get(area);
            if (interest != null && interest.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * A keyset position: the sort key and id of the last account of a page.
     *
     * @param nameKey the name key, for {@link AccountSort#NAME}
     * @param instant the created or updated instant, for the other sorts
     * @param id the account's id
     */
    public record AccountPosition(String nameKey, Instant instant, AccountId id) {

        /** Checks the id is present. */
        public AccountPosition {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Starts a {@link AccountCriteria}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link AccountCriteria}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.access = access;
        builder.classifications = classifications;
        builder.statuses = statuses;
        builder.responsibles = responsibles;
        builder.salespeople = salespeople;
        builder.characteristicKeys = characteristicKeys;
        builder.interests = interests;
        builder.disinterests = disinterests;
        builder.cityKey = cityKey;
        builder.stateKey = stateKey;
        builder.country = country;
        builder.text = text;
        builder.createdFrom = createdFrom;
        builder.createdTo = createdTo;
        builder.customerTypes = customerTypes;
        builder.priorities = priorities;
        builder.economicActivities = economicActivities;
        builder.priceLists = priceLists;
        builder.personKinds = personKinds;
        builder.creditTerms = creditTerms;
        builder.supplier = supplier;
        builder.taxable = taxable;
        builder.openCard = openCard;
        builder.openCase = openCase;
        builder.prospects = prospects;
        builder.sort = sort;
        builder.direction = direction;
        return builder;
    }

    /**
     * Builds a {@link AccountCriteria}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private AccountAccess access;
        private Set<Classification> classifications = Set.of();
        private Set<AccountStatus> statuses = Set.of();
        private Set<UserId> responsibles = Set.of();
        private Set<UserId> salespeople = Set.of();
        private Map<CatalogEntryId, String> characteristicKeys = Map.of();
        private Set<CatalogEntryId> interests = Set.of();
        private Set<CatalogEntryId> disinterests = Set.of();
        private String cityKey;
        private String stateKey;
        private String country;
        private SearchText.Query text;
        private Instant createdFrom;
        private Instant createdTo;
        private Set<CatalogEntryId> customerTypes = Set.of();
        private Set<CatalogEntryId> priorities = Set.of();
        private Set<CatalogEntryId> economicActivities = Set.of();
        private Set<CatalogEntryId> priceLists = Set.of();
        private Set<PersonKind> personKinds = Set.of();
        private Set<CreditTerms> creditTerms = Set.of();
        private Boolean supplier;
        private Boolean taxable;
        private CardCondition openCard;
        private Boolean openCase;
        private ProspectCondition prospects;
        private AccountSort sort;
        private SortDirection direction;

        private Builder() {}

        /**
         * @param value the actor's access predicate
         * @return this builder
         */
        public Builder access(AccountAccess value) {
            this.access = value;
            return this;
        }

        /**
         * @param values the classifications accepted
         * @return this builder
         */
        public Builder classifications(Collection<? extends Classification> values) {
            this.classifications = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the classifications accepted
         * @return this builder
         */
        public Builder classifications(Classification... values) {
            return classifications(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the statuses accepted
         * @return this builder
         */
        public Builder statuses(Collection<? extends AccountStatus> values) {
            this.statuses = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the statuses accepted
         * @return this builder
         */
        public Builder statuses(AccountStatus... values) {
            return statuses(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the responsibles accepted
         * @return this builder
         */
        public Builder responsibles(Collection<? extends UserId> values) {
            this.responsibles = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the responsibles accepted
         * @return this builder
         */
        public Builder responsibles(UserId... values) {
            return responsibles(values == null ? null : Arrays.asList(values));
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
         * @param value the characteristic value keys required, by type
         * @return this builder
         */
        public Builder characteristicKeys(Map<CatalogEntryId, String> value) {
            this.characteristicKeys = value;
            return this;
        }

        /**
         * @param values the interest areas accepted
         * @return this builder
         */
        public Builder interests(Collection<? extends CatalogEntryId> values) {
            this.interests = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the interest areas accepted
         * @return this builder
         */
        public Builder interests(CatalogEntryId... values) {
            return interests(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the disinterest areas accepted
         * @return this builder
         */
        public Builder disinterests(Collection<? extends CatalogEntryId> values) {
            this.disinterests = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the disinterest areas accepted
         * @return this builder
         */
        public Builder disinterests(CatalogEntryId... values) {
            return disinterests(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the folded city, or {@code null}
         * @return this builder
         */
        public Builder cityKey(String value) {
            this.cityKey = value;
            return this;
        }

        /**
         * @param value the folded state, or {@code null}
         * @return this builder
         */
        public Builder stateKey(String value) {
            this.stateKey = value;
            return this;
        }

        /**
         * @param value the ISO country code, or {@code null}
         * @return this builder
         */
        public Builder country(String value) {
            this.country = value;
            return this;
        }

        /**
         * @param value the text query, or {@code null}
         * @return this builder
         */
        public Builder text(SearchText.Query value) {
            this.text = value;
            return this;
        }

        /**
         * @param value the first creation instant accepted, or {@code null}
         * @return this builder
         */
        public Builder createdFrom(Instant value) {
            this.createdFrom = value;
            return this;
        }

        /**
         * @param value the creation instant from which accounts are refused, or {@code null}
         * @return this builder
         */
        public Builder createdTo(Instant value) {
            this.createdTo = value;
            return this;
        }

        /**
         * @param values the customer types accepted
         * @return this builder
         */
        public Builder customerTypes(Collection<? extends CatalogEntryId> values) {
            this.customerTypes = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the customer types accepted
         * @return this builder
         */
        public Builder customerTypes(CatalogEntryId... values) {
            return customerTypes(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the priorities accepted
         * @return this builder
         */
        public Builder priorities(Collection<? extends CatalogEntryId> values) {
            this.priorities = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the priorities accepted
         * @return this builder
         */
        public Builder priorities(CatalogEntryId... values) {
            return priorities(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the economic activities accepted
         * @return this builder
         */
        public Builder economicActivities(Collection<? extends CatalogEntryId> values) {
            this.economicActivities = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the economic activities accepted
         * @return this builder
         */
        public Builder economicActivities(CatalogEntryId... values) {
            return economicActivities(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the price lists accepted
         * @return this builder
         */
        public Builder priceLists(Collection<? extends CatalogEntryId> values) {
            this.priceLists = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the price lists accepted
         * @return this builder
         */
        public Builder priceLists(CatalogEntryId... values) {
            return priceLists(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the person kinds accepted
         * @return this builder
         */
        public Builder personKinds(Collection<? extends PersonKind> values) {
            this.personKinds = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the person kinds accepted
         * @return this builder
         */
        public Builder personKinds(PersonKind... values) {
            return personKinds(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the credit terms accepted
         * @return this builder
         */
        public Builder creditTerms(Collection<? extends CreditTerms> values) {
            this.creditTerms = values == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(values));
            return this;
        }

        /**
         * @param values the credit terms accepted
         * @return this builder
         */
        public Builder creditTerms(CreditTerms... values) {
            return creditTerms(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the supplier flag required, or {@code null}
         * @return this builder
         */
        public Builder supplier(Boolean value) {
            this.supplier = value;
            return this;
        }

        /**
         * @param value the taxable flag required, or {@code null}
         * @return this builder
         */
        public Builder taxable(Boolean value) {
            this.taxable = value;
            return this;
        }

        /**
         * @param value the open card required, or {@code null}
         * @return this builder
         */
        public Builder openCard(CardCondition value) {
            this.openCard = value;
            return this;
        }

        /**
         * @param value whether a pending case is required or refused, or {@code null}
         * @return this builder
         */
        public Builder openCase(Boolean value) {
            this.openCase = value;
            return this;
        }

        /**
         * @param value the prospect states accepted, or {@code null}
         * @return this builder
         */
        public Builder prospects(ProspectCondition value) {
            this.prospects = value;
            return this;
        }

        /**
         * @param value the sort key
         * @return this builder
         */
        public Builder sort(AccountSort value) {
            this.sort = value;
            return this;
        }

        /**
         * @param value the sort direction
         * @return this builder
         */
        public Builder direction(SortDirection value) {
            this.direction = value;
            return this;
        }

        /** @return the {@link AccountCriteria} of the steps so far, checked as any other when a use case receives it */
        public AccountCriteria build() {
            return new AccountCriteria(access, classifications, statuses, responsibles, salespeople, characteristicKeys,
                    interests, disinterests, cityKey, stateKey, country, text, createdFrom, createdTo, customerTypes, priorities,
                    economicActivities, priceLists, personKinds, creditTerms, supplier, taxable, openCard, openCase, prospects,
                    sort, direction);
        }
    }
}
