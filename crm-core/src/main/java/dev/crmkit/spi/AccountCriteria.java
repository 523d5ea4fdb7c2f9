package dev.crmkit.spi;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.Classification;
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
 *   <li>{@code createdFrom} ≤ created instant &lt; {@code createdTo}.
 * </ul>
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
                null, null, null, null, AccountSort.NAME, SortDirection.ASC);
    }

    /**
     * Whether an account matches every filter and the access predicate.
     *
     * @param account the account
     * @param teamOf the current team of a user (for a {@link AccountAccess.ResponsibleInTeam} predicate)
     * @return {@code true} when the account belongs to the result
     */
    public boolean admits(Account account, Function<UserId, Optional<CatalogEntryId>> teamOf) {
        return matchesFilters(account) && access.admits(account.responsibles(), teamOf);
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
        return createdTo == null || account.createdAt().isBefore(createdTo);
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
            return new AccountCriteria(access, classifications, statuses, responsibles, salespeople, characteristicKeys, interests, disinterests, cityKey, stateKey, country, text, createdFrom, createdTo, sort, direction);
        }
    }
}
