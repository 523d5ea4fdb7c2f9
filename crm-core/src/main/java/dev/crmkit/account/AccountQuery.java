package dev.crmkit.account;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.IsoCountry;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A query over the accounts in the actor's scope. Every filter is
 * optional; given filters all apply (AND), and a filter with several values accepts any of them (OR):
 *
 * <ul>
 *   <li>{@code classifications}, {@code statuses}: the account's is one of them;
 *   <li>{@code responsibles}: one of them is a responsible of the account;
 *   <li>{@code salespeople}: the account's salesperson is one of them;
 *   <li>{@code characteristics}: the account holds every one of these values;
 *   <li>{@code interests} / {@code disinterests}: the account marked one of these areas as an interest / a
 *       disinterest;
 *   <li>{@code city}, {@code state}: equal to the address's, ignoring case, accents and extra blanks;
 *       {@code country}: the ISO code;
 *   <li>{@code text}: found in the legal name, trade name, tax id, e-mails or phones (rules of
 *       {@link dev.crmkit.common.SearchText});
 *   <li>{@code createdFrom} (inclusive) to {@code createdTo} (exclusive);
 *   <li>{@code customerTypes}, {@code priorities}, {@code economicActivities}, {@code priceLists}: the account's
 *       catalog entry is one of them (an account without one never matches);
 *   <li>{@code personKinds}, {@code creditTerms}: the account's is one of them;
 *   <li>{@code supplier}, {@code taxable}: the account's flag equals it ({@code null}: either);
 *   <li>{@code openCard}: the account has an open card as {@link OpenCardFilter} says;
 *   <li>{@code openCase}: {@code true}, the account has a case still to be dealt with (new, open or waiting for the
 *       customer); {@code false}, it has none ({@code null}: either);
 *   <li>{@code prospectStates}: the account is a potential customer in one of these {@link ProspectState}s.
 * </ul>
 *
 * <p>Cards count only in the pipelines the actor may see; a pipeline the actor does not see, or a stage of none of
 * them, is refused as an unknown one.
 *
 * <p>Sorted by {@code sort} and {@code direction}, one page of {@code pageSize} accounts (1 to 500) after
 * {@code cursor}; {@code includeTotal} also counts every match. Build it with {@link #builder()}.
 *
 * @param classifications the classifications accepted
 * @param statuses the statuses accepted
 * @param responsibles the responsibles accepted
 * @param salespeople the salespeople accepted
 * @param characteristics the values required
 * @param interests the interest areas accepted
 * @param disinterests the disinterest areas accepted
 * @param city the city
 * @param state the state
 * @param country the ISO country code
 * @param text the text to find
 * @param createdFrom the first creation instant accepted
 * @param createdTo the creation instant from which accounts are no longer accepted
 * @param customerTypes the customer types accepted
 * @param priorities the priorities accepted
 * @param economicActivities the economic activities accepted
 * @param priceLists the price lists accepted
 * @param personKinds the person kinds accepted
 * @param creditTerms the credit terms accepted
 * @param supplier whether the account must be a supplier, or not one; {@code null} for either
 * @param taxable whether sales to the account must be taxed, or not; {@code null} for either
 * @param openCard the open card required, or {@code null}
 * @param openCase whether the account must have a pending case, or none; {@code null} for either
 * @param prospectStates the prospect states accepted
 * @param sort the sort key
 * @param direction the sort direction
 * @param pageSize the page size
 * @param cursor the previous page's cursor, or {@code null} for the first page
 * @param includeTotal whether to count every match
 */
public record AccountQuery(
        Set<Classification> classifications,
        Set<AccountStatus> statuses,
        Set<UserId> responsibles,
        Set<UserId> salespeople,
        @Size(max = 20) List<@NotNull @Valid CharacteristicFilter> characteristics,
        Set<CatalogEntryId> interests,
        Set<CatalogEntryId> disinterests,
        @Size(max = 120) String city,
        @Size(max = 120) String state,
        @IsoCountry String country,
        @Size(max = 200) String text,
        Instant createdFrom,
        Instant createdTo,
        @Size(max = 200) Set<CatalogEntryId> customerTypes,
        @Size(max = 200) Set<CatalogEntryId> priorities,
        @Size(max = 200) Set<CatalogEntryId> economicActivities,
        @Size(max = 200) Set<CatalogEntryId> priceLists,
        Set<PersonKind> personKinds,
        Set<CreditTerms> creditTerms,
        Boolean supplier,
        Boolean taxable,
        @Valid OpenCardFilter openCard,
        Boolean openCase,
        Set<ProspectState> prospectStates,
        @NotNull AccountSort sort,
        @NotNull SortDirection direction,
        @Min(1) @Max(500) int pageSize,
        @Size(max = 2000) String cursor,
        boolean includeTotal) {

    /** The page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 50;

    /** Copies the collections; a missing one means no filter. */
    public AccountQuery {
        classifications = classifications == null ? Set.of() : Set.copyOf(classifications);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        responsibles = responsibles == null ? Set.of() : Set.copyOf(responsibles);
        salespeople = salespeople == null ? Set.of() : Set.copyOf(salespeople);
        characteristics = characteristics == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(characteristics));
        interests = interests == null ? Set.of() : Set.copyOf(interests);
        disinterests = disinterests == null ? Set.of() : Set.copyOf(disinterests);
        customerTypes = customerTypes == null ? Set.of() : Set.copyOf(customerTypes);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        economicActivities = economicActivities == null ? Set.of() : Set.copyOf(economicActivities);
        priceLists = priceLists == null ? Set.of() : Set.copyOf(priceLists);
        personKinds = personKinds == null ? Set.of() : Set.copyOf(personKinds);
        creditTerms = creditTerms == null ? Set.of() : Set.copyOf(creditTerms);
        prospectStates = prospectStates == null ? Set.of() : Set.copyOf(prospectStates);
    }

    /** @return a builder of a query with no filter, by name ascending, 50 a page */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same query for the page after a cursor.
     *
     * @param nextCursor the cursor a page returned
     * @return the query of the next page
     */
    public AccountQuery after(String nextCursor) {
        return new AccountQuery(classifications, statuses, responsibles, salespeople, characteristics, interests, disinterests,
                city, state, country, text, createdFrom, createdTo, customerTypes, priorities, economicActivities, priceLists,
                personKinds, creditTerms, supplier, taxable, openCard, openCase, prospectStates, sort, direction, pageSize,
                nextCursor, includeTotal);
    }

    /**
     * Starts a builder holding every part of this query, for the steps to change some.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.classifications.addAll(classifications);
        b.statuses.addAll(statuses);
        b.responsibles.addAll(responsibles);
        b.salespeople.addAll(salespeople);
        b.characteristics.addAll(characteristics);
        b.interests.addAll(interests);
        b.disinterests.addAll(disinterests);
        b.city = city;
        b.state = state;
        b.country = country;
        b.text = text;
        b.createdFrom = createdFrom;
        b.createdTo = createdTo;
        b.customerTypes.addAll(customerTypes);
        b.priorities.addAll(priorities);
        b.economicActivities.addAll(economicActivities);
        b.priceLists.addAll(priceLists);
        b.personKinds.addAll(personKinds);
        b.creditTerms.addAll(creditTerms);
        b.supplier = supplier;
        b.taxable = taxable;
        b.openCard = openCard;
        b.openCase = openCase;
        b.prospectStates.addAll(prospectStates);
        b.sort = sort;
        b.direction = direction;
        b.pageSize = pageSize;
        b.cursor = cursor;
        b.includeTotal = includeTotal;
        return b;
    }

    /** Builds an {@link AccountQuery}. */
    public static final class Builder {

        private final Set<Classification> classifications = new LinkedHashSet<>();
        private final Set<AccountStatus> statuses = new LinkedHashSet<>();
        private final Set<UserId> responsibles = new LinkedHashSet<>();
        private final Set<UserId> salespeople = new LinkedHashSet<>();
        private final List<CharacteristicFilter> characteristics = new ArrayList<>();
        private final Set<CatalogEntryId> interests = new LinkedHashSet<>();
        private final Set<CatalogEntryId> disinterests = new LinkedHashSet<>();
        private String city;
        private String state;
        private String country;
        private String text;
        private Instant createdFrom;
        private Instant createdTo;
        private final Set<CatalogEntryId> customerTypes = new LinkedHashSet<>();
        private final Set<CatalogEntryId> priorities = new LinkedHashSet<>();
        private final Set<CatalogEntryId> economicActivities = new LinkedHashSet<>();
        private final Set<CatalogEntryId> priceLists = new LinkedHashSet<>();
        private final Set<PersonKind> personKinds = new LinkedHashSet<>();
        private final Set<CreditTerms> creditTerms = new LinkedHashSet<>();
        private Boolean supplier;
        private Boolean taxable;
        private OpenCardFilter openCard;
        private Boolean openCase;
        private final Set<ProspectState> prospectStates = new LinkedHashSet<>();
        private AccountSort sort = AccountSort.NAME;
        private SortDirection direction = SortDirection.ASC;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private String cursor;
        private boolean includeTotal;

        private Builder() {}

        /**
         * @param values the classifications accepted
         * @return this builder
         */
        public Builder classifications(Classification... values) {
            return classifications(Arrays.asList(values));
        }

        /**
         * @param values the classifications accepted
         * @return this builder
         */
        public Builder classifications(Collection<? extends Classification> values) {
            classifications.clear();
            classifications.addAll(values);
            return this;
        }

        /**
         * @param values the statuses accepted
         * @return this builder
         */
        public Builder statuses(Collection<? extends AccountStatus> values) {
            statuses.clear();
            statuses.addAll(values);
            return this;
        }

        /**
         * @param values the statuses accepted
         * @return this builder
         */
        public Builder statuses(AccountStatus... values) {
            return statuses(Arrays.asList(values));
        }

        /**
         * @param values the responsibles accepted
         * @return this builder
         */
        public Builder responsibles(Collection<? extends UserId> values) {
            responsibles.clear();
            responsibles.addAll(values);
            return this;
        }

        /**
         * @param values the responsibles accepted
         * @return this builder
         */
        public Builder responsibles(UserId... values) {
            return responsibles(Arrays.asList(values));
        }

        /**
         * @param values the salespeople accepted
         * @return this builder
         */
        public Builder salespeople(Collection<? extends UserId> values) {
            salespeople.clear();
            salespeople.addAll(values);
            return this;
        }

        /**
         * @param values the salespeople accepted
         * @return this builder
         */
        public Builder salespeople(UserId... values) {
            return salespeople(Arrays.asList(values));
        }

        /**
         * @param typeId a characteristic type
         * @param value the value required
         * @return this builder
         */
        public Builder characteristic(CatalogEntryId typeId, String value) {
            characteristics.add(new CharacteristicFilter(typeId, value));
            return this;
        }

        /**
         * @param areas the interest areas accepted
         * @return this builder
         */
        public Builder interests(Collection<? extends CatalogEntryId> areas) {
            interests.clear();
            interests.addAll(areas);
            return this;
        }

        /**
         * @param areas the interest areas accepted
         * @return this builder
         */
        public Builder interests(CatalogEntryId... areas) {
            return interests(Arrays.asList(areas));
        }

        /**
         * @param areas the disinterest areas accepted
         * @return this builder
         */
        public Builder disinterests(Collection<? extends CatalogEntryId> areas) {
            disinterests.clear();
            disinterests.addAll(areas);
            return this;
        }

        /**
         * @param areas the disinterest areas accepted
         * @return this builder
         */
        public Builder disinterests(CatalogEntryId... areas) {
            return disinterests(Arrays.asList(areas));
        }

        /**
         * @param newCity the city
         * @param newState the state
         * @param newCountry the ISO country code
         * @return this builder
         */
        public Builder place(String newCity, String newState, String newCountry) {
            this.city = newCity;
            this.state = newState;
            this.country = newCountry;
            return this;
        }

        /**
         * @param newText the text to find
         * @return this builder
         */
        public Builder text(String newText) {
            this.text = newText;
            return this;
        }

        /**
         * @param from the first creation instant accepted, or {@code null}
         * @param to the creation instant from which accounts are no longer accepted, or {@code null}
         * @return this builder
         */
        public Builder createdBetween(Instant from, Instant to) {
            this.createdFrom = from;
            this.createdTo = to;
            return this;
        }

        /**
         * @param values the customer types accepted
         * @return this builder
         */
        public Builder customerTypes(Collection<? extends CatalogEntryId> values) {
            customerTypes.clear();
            customerTypes.addAll(values);
            return this;
        }

        /**
         * @param values the customer types accepted
         * @return this builder
         */
        public Builder customerTypes(CatalogEntryId... values) {
            return customerTypes(Arrays.asList(values));
        }

        /**
         * @param values the priorities accepted
         * @return this builder
         */
        public Builder priorities(Collection<? extends CatalogEntryId> values) {
            priorities.clear();
            priorities.addAll(values);
            return this;
        }

        /**
         * @param values the priorities accepted
         * @return this builder
         */
        public Builder priorities(CatalogEntryId... values) {
            return priorities(Arrays.asList(values));
        }

        /**
         * @param values the economic activities accepted
         * @return this builder
         */
        public Builder economicActivities(Collection<? extends CatalogEntryId> values) {
            economicActivities.clear();
            economicActivities.addAll(values);
            return this;
        }

        /**
         * @param values the economic activities accepted
         * @return this builder
         */
        public Builder economicActivities(CatalogEntryId... values) {
            return economicActivities(Arrays.asList(values));
        }

        /**
         * @param values the price lists accepted
         * @return this builder
         */
        public Builder priceLists(Collection<? extends CatalogEntryId> values) {
            priceLists.clear();
            priceLists.addAll(values);
            return this;
        }

        /**
         * @param values the price lists accepted
         * @return this builder
         */
        public Builder priceLists(CatalogEntryId... values) {
            return priceLists(Arrays.asList(values));
        }

        /**
         * @param values the person kinds accepted
         * @return this builder
         */
        public Builder personKinds(Collection<? extends PersonKind> values) {
            personKinds.clear();
            personKinds.addAll(values);
            return this;
        }

        /**
         * @param values the person kinds accepted
         * @return this builder
         */
        public Builder personKinds(PersonKind... values) {
            return personKinds(Arrays.asList(values));
        }

        /**
         * @param values the credit terms accepted
         * @return this builder
         */
        public Builder creditTerms(Collection<? extends CreditTerms> values) {
            creditTerms.clear();
            creditTerms.addAll(values);
            return this;
        }

        /**
         * @param values the credit terms accepted
         * @return this builder
         */
        public Builder creditTerms(CreditTerms... values) {
            return creditTerms(Arrays.asList(values));
        }

        /**
         * @param values the prospect states accepted
         * @return this builder
         */
        public Builder prospectStates(Collection<? extends ProspectState> values) {
            prospectStates.clear();
            prospectStates.addAll(values);
            return this;
        }

        /**
         * @param values the prospect states accepted
         * @return this builder
         */
        public Builder prospectStates(ProspectState... values) {
            return prospectStates(Arrays.asList(values));
        }

        /**
         * @param value whether the account must be a supplier, or must not be one; {@code null} for either
         * @return this builder
         */
        public Builder supplier(Boolean value) {
            this.supplier = value;
            return this;
        }

        /**
         * @param value whether sales to the account must be taxed, or must not; {@code null} for either
         * @return this builder
         */
        public Builder taxable(Boolean value) {
            this.taxable = value;
            return this;
        }

        /**
         * @param value the open card required, or {@code null} for no such filter
         * @return this builder
         */
        public Builder openCard(OpenCardFilter value) {
            this.openCard = value;
            return this;
        }

        /**
         * @param value {@code true}: a case still to be dealt with is required; {@code false}: none may be; {@code null}
         *     for either
         * @return this builder
         */
        public Builder openCase(Boolean value) {
            this.openCase = value;
            return this;
        }

        /**
         * @param newSort the sort key
         * @param newDirection the direction
         * @return this builder
         */
        public Builder sort(AccountSort newSort, SortDirection newDirection) {
            this.sort = newSort;
            this.direction = newDirection;
            return this;
        }

        /**
         * @param size the page size, 1 to 500
         * @return this builder
         */
        public Builder pageSize(int size) {
            this.pageSize = size;
            return this;
        }

        /**
         * @param previous the previous page's cursor
         * @return this builder
         */
        public Builder after(String previous) {
            this.cursor = previous;
            return this;
        }

        /** @return this builder, counting every match too */
        public Builder withTotal() {
            this.includeTotal = true;
            return this;
        }

        /** @return this builder, counting only the page (as it does unless {@link #withTotal()} was called) */
        public Builder withoutTotal() {
            this.includeTotal = false;
            return this;
        }

        /** @return the query */
        public AccountQuery build() {
            return new AccountQuery(classifications, statuses, responsibles, salespeople, characteristics, interests,
                    disinterests, city, state, country, text, createdFrom, createdTo, customerTypes, priorities,
                    economicActivities, priceLists, personKinds, creditTerms, supplier, taxable, openCard, openCase,
                    prospectStates, sort, direction, pageSize, cursor, includeTotal);
        }
    }
}
