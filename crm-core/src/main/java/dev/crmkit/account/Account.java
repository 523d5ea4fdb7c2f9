package dev.crmkit.account;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An account: the central record every other record links to. Immutable; every edit returns a
 * {@link Changed} with the new state and the fields that changed, for the timeline.
 *
 * <p>Its {@linkplain #responsibles() responsibles} decide who sees it ({@code AccountAccess}); its
 * characteristic values and interests live inside it; contacts, relationships and documents are aggregates of
 * their own that point at it.
 */
public final class Account {

    private final AccountId id;
    private final Classification classification;
    private final AccountDetails details;
    private final SortedSet<UserId> responsibles;
    private final Map<CatalogEntryId, CharacteristicValue> characteristics;
    private final Map<CatalogEntryId, Interest> interests;
    private final DocumentId logoId;
    private final TaxIdAcceptance taxIdAcceptance;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;
    // Derived keys, computed on first use: a sorted index compares them often, and the state never changes.
    private String nameKey;
    private String searchText;
    private String searchDigits;
    private String cityKey;
    private String stateKey;

    private Account(
            AccountId id,
            Classification classification,
            AccountDetails details,
            Set<UserId> responsibles,
            Map<CatalogEntryId, CharacteristicValue> characteristics,
            Map<CatalogEntryId, Interest> interests,
            DocumentId logoId,
            TaxIdAcceptance taxIdAcceptance,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.classification = Objects.requireNonNull(classification, "classification");
        this.details = Objects.requireNonNull(details, "details").normalized();
        TreeSet<UserId> sorted = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        sorted.addAll(responsibles);
        this.responsibles = Collections.unmodifiableSortedSet(sorted);
        this.characteristics = Map.copyOf(characteristics);
        this.interests = Map.copyOf(interests);
        this.logoId = logoId;
        this.taxIdAcceptance = taxIdAcceptance;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new account, not stored yet.
     *
     * @param classification its classification
     * @param details its details (validated)
     * @param responsibles its responsibles
     * @param createdBy who creates it
     * @param now the creation instant
     * @return the account, at {@link Version#UNSAVED}
     */
    public static Account create(
            Classification classification, AccountDetails details, Set<UserId> responsibles, UserId createdBy, Instant now) {
        return create(classification, details, null, responsibles, createdBy, now);
    }

    /**
     * A new account whose tax id raises a warning someone accepted, not stored yet.
     *
     * @param classification its classification
     * @param details its details (validated)
     * @param taxIdAcceptance who accepted the warning its tax id raises, or {@code null}
     * @param responsibles its responsibles
     * @param createdBy who creates it
     * @param now the creation instant
     * @return the account, at {@link Version#UNSAVED}
     */
    public static Account create(Classification classification, AccountDetails details, TaxIdAcceptance taxIdAcceptance,
            Set<UserId> responsibles, UserId createdBy, Instant now) {
        return new Account(AccountId.newId(), classification, details, responsibles, Map.of(), Map.of(), null, taxIdAcceptance,
                createdBy, now, now, Version.UNSAVED);
    }

    /**
     * A stored account, as an adapter loads it.
     *
     * @param id the id
     * @param classification the classification
     * @param details the details
     * @param responsibles the responsibles
     * @param characteristics the characteristic values by characteristic type
     * @param interests the interests by area
     * @param logoId the logo document, or {@code null}
     * @param taxIdAcceptance who accepted the warning its tax id raises, and when, or {@code null}
     * @param createdBy who created it
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version the stored version
     * @return the account
     */
    static Account reconstitute(
            AccountId id,
            Classification classification,
            AccountDetails details,
            Set<UserId> responsibles,
            Map<CatalogEntryId, CharacteristicValue> characteristics,
            Map<CatalogEntryId, Interest> interests,
            DocumentId logoId,
            TaxIdAcceptance taxIdAcceptance,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Version version) {
        return new Account(id, classification, details, responsibles, characteristics, interests, logoId, taxIdAcceptance,
                createdBy, createdAt, updatedAt, version);
    }

    /**
     * Replaces the details. An accepted tax id warning stays while the tax id does, and goes with it.
     *
     * @param newDetails the new details (validated)
     * @param now the instant of the change
     * @return the new state and every changed field, by its path ({@code "address.city"})
     */
    Changed<Account> update(AccountDetails newDetails, Instant now) {
        return update(newDetails, sameTaxId(newDetails) ? taxIdAcceptance : null, now);
    }

    /**
     * Replaces the details and the acceptance of the warning their tax id raises.
     *
     * @param newDetails the new details (validated)
     * @param newAcceptance who accepted the warning the new tax id raises, or {@code null}
     * @param now the instant of the change
     * @return the new state and every changed field, by its path ({@code "address.city"}); a new acceptance is the
     *     change of {@code "taxIdAcceptedBy"}
     */
    Changed<Account> update(AccountDetails newDetails, TaxIdAcceptance newAcceptance, Instant now) {
        Map<String, String> before = details.fields();
        Map<String, String> after = newDetails.normalized().fields();
        Changes changes = new Changes();
        before.forEach((field, old) -> changes.compare(field, old, after.get(field)));
        if (!Objects.equals(taxIdAcceptance, newAcceptance)) {
            changes.compare("taxIdAcceptedBy", taxIdAcceptance == null ? null : taxIdAcceptance.acceptedBy().value(),
                    newAcceptance == null ? null : newAcceptance.acceptedBy().value());
        }
        return changed(changes, () -> new Account(id, classification, newDetails, responsibles, characteristics, interests, logoId,
                newAcceptance, createdBy, createdAt, now, version));
    }

    /**
     * Whether other details carry the same tax id as this account's (both none included).
     *
     * @param other the other details
     * @return {@code true} when the tax ids have the same key
     */
    public boolean sameTaxId(AccountDetails other) {
        return Objects.equals(key(details.taxId()), key(other.normalized().taxId()));
    }

    private static String key(TaxId taxId) {
        return taxId == null ? null : taxId.key();
    }

    /**
     * Changes the classification.
     *
     * @param newClassification the classification
     * @param now the instant of the change
     * @return the new state and the change of {@code "classification"}
     */
    Changed<Account> classify(Classification newClassification, Instant now) {
        Changes changes = new Changes().compare("classification", classification, newClassification);
        return changed(changes, () -> copy(newClassification, details, responsibles, characteristics, interests, logoId, now));
    }

    /**
     * Replaces the responsibles.
     *
     * @param newResponsibles the responsibles
     * @param now the instant of the change
     * @return the new state and the change of {@code "responsibles"} (ids sorted, comma-separated)
     */
    Changed<Account> withResponsibles(Set<UserId> newResponsibles, Instant now) {
        Changes changes = new Changes().compare("responsibles", render(responsibles), render(newResponsibles));
        return changed(changes, () -> copy(classification, details, newResponsibles, characteristics, interests, logoId, now));
    }

    /**
     * Sets or clears a characteristic value.
     *
     * @param typeId the characteristic type
     * @param value the value, or {@code null} to clear it
     * @param now the instant of the change
     * @return the new state and the change of {@code "characteristics.<typeId>"}
     */
    Changed<Account> withCharacteristic(CatalogEntryId typeId, CharacteristicValue value, Instant now) {
        CharacteristicValue old = characteristics.get(typeId);
        Changes changes = new Changes().compare("characteristics." + typeId,
                old == null ? null : old.stored(), value == null ? null : value.stored());
        Map<CatalogEntryId, CharacteristicValue> next = new HashMap<>(characteristics);
        if (value == null) {
            next.remove(typeId);
        } else {
            next.put(typeId, value);
        }
        return changed(changes, () -> copy(classification, details, responsibles, next, interests, logoId, now));
    }

    /**
     * Marks or clears an interest.
     *
     * @param areaId the interest area
     * @param interest the interest or disinterest, or {@code null} to clear it
     * @param now the instant of the change
     * @return the new state and the change of {@code "interests.<areaId>"}
     */
    Changed<Account> withInterest(CatalogEntryId areaId, Interest interest, Instant now) {
        Changes changes = new Changes().compare("interests." + areaId, interests.get(areaId), interest);
        Map<CatalogEntryId, Interest> next = new HashMap<>(interests);
        if (interest == null) {
            next.remove(areaId);
        } else {
            next.put(areaId, interest);
        }
        return changed(changes, () -> copy(classification, details, responsibles, characteristics, next, logoId, now));
    }

    /**
     * Sets or clears the logo.
     *
     * @param newLogoId the logo document, or {@code null}
     * @param now the instant of the change
     * @return the new state and the change of {@code "logoId"}
     */
    Changed<Account> withLogo(DocumentId newLogoId, Instant now) {
        Changes changes = new Changes().compare("logoId", logoId, newLogoId);
        return changed(changes, () -> copy(classification, details, responsibles, characteristics, interests, newLogoId, now));
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same account at that version
     */
    public Account withVersion(Version newVersion) {
        return new Account(id, classification, details, responsibles, characteristics, interests, logoId, taxIdAcceptance,
                createdBy, createdAt, updatedAt, newVersion);
    }

    /**
     * Whether the account refers to a catalog entry: a customer property, a characteristic value or an interest.
     *
     * @param entryId the entry
     * @return {@code true} when it does
     */
    public boolean refersTo(CatalogEntryId entryId) {
        CustomerProperties c = details.customer();
        return entryId.equals(c.customerTypeId()) || entryId.equals(c.priorityId())
                || entryId.equals(c.economicActivityId()) || entryId.equals(c.priceListId())
                || characteristics.containsKey(entryId) || interests.containsKey(entryId);
    }

    /**
     * The key the account sorts by name: {@link Text#sortKey(String)} of the legal name.
     *
     * @return the key
     */
    public String nameKey() {
        String key = nameKey;
        if (key == null) {
            key = Text.sortKey(details.legalName());
            nameKey = key;
        }
        return key;
    }

    /**
     * The city as filters compare it: {@link Text#fold} of the address's city, computed once (a query walking
     * thousands of accounts must not fold each city again).
     *
     * @return the key, or {@code null} without a city
     */
    public String cityKey() {
        String key = cityKey;
        if (key == null && details.address().city() != null) {
            key = Text.fold(details.address().city());
            cityKey = key;
        }
        return key;
    }

    /**
     * The state as filters compare it: {@link Text#fold} of the address's state, computed once.
     *
     * @return the key, or {@code null} without a state
     */
    public String stateKey() {
        String key = stateKey;
        if (key == null && details.address().state() != null) {
            key = Text.fold(details.address().state());
            stateKey = key;
        }
        return key;
    }

    /**
     * The text document of {@link SearchText}: legal name, trade name, tax id and e-mails.
     *
     * @return the document
     */
    public String searchText() {
        if (searchText != null) {
            return searchText;
        }
        List<String> fields = new ArrayList<>();
        fields.add(details.legalName());
        fields.add(details.tradeName());
        fields.add(details.taxId() == null ? null : details.taxId().number());
        fields.addAll(details.emails());
        searchText = SearchText.textDocument(fields);
        return searchText;
    }

    /**
     * The digits document of {@link SearchText}: tax id, phones and mobile.
     *
     * @return the document
     */
    public String searchDigits() {
        if (searchDigits != null) {
            return searchDigits;
        }
        List<String> fields = new ArrayList<>();
        fields.add(details.taxId() == null ? null : details.taxId().number());
        fields.addAll(details.phones());
        fields.add(details.mobile());
        searchDigits = SearchText.digitsDocument(fields);
        return searchDigits;
    }

    /** @return the id */
    public AccountId id() {
        return id;
    }

    /** @return the classification */
    public Classification classification() {
        return classification;
    }

    /** @return the details, normalized */
    public AccountDetails details() {
        return details;
    }

    /** @return the responsibles, sorted by id */
    public SortedSet<UserId> responsibles() {
        return responsibles;
    }

    /** @return the characteristic values by characteristic type */
    public Map<CatalogEntryId, CharacteristicValue> characteristics() {
        return characteristics;
    }

    /** @return the interests and disinterests by area */
    public Map<CatalogEntryId, Interest> interests() {
        return interests;
    }

    /** @return the logo document, if any */
    public Optional<DocumentId> logoId() {
        return Optional.ofNullable(logoId);
    }

    /** @return who accepted the warning the account's tax id raises ({@link TaxId#warning()}), and when, if anyone */
    public Optional<TaxIdAcceptance> taxIdAcceptance() {
        return Optional.ofNullable(taxIdAcceptance);
    }

    /** @return who created the account */
    public UserId createdBy() {
        return createdBy;
    }

    /** @return when the account was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the account last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    private Account copy(
            Classification newClassification,
            AccountDetails newDetails,
            Set<UserId> newResponsibles,
            Map<CatalogEntryId, CharacteristicValue> newCharacteristics,
            Map<CatalogEntryId, Interest> newInterests,
            DocumentId newLogoId,
            Instant now) {
        return new Account(id, newClassification, newDetails, newResponsibles, newCharacteristics, newInterests, newLogoId,
                taxIdAcceptance, createdBy, createdAt, now, version);
    }

    private Changed<Account> changed(Changes changes, Supplier<Account> next) {
        List<FieldChange> list = changes.toList();
        return new Changed<>(list.isEmpty() ? this : next.get(), list);
    }

    private static String render(Set<UserId> users) {
        return users.isEmpty() ? null
                : users.stream().map(UserId::value).sorted().collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account a
                && id.equals(a.id)
                && classification == a.classification
                && details.equals(a.details)
                && responsibles.equals(a.responsibles)
                && characteristics.equals(a.characteristics)
                && interests.equals(a.interests)
                && Objects.equals(logoId, a.logoId)
                && Objects.equals(taxIdAcceptance, a.taxIdAcceptance)
                && createdBy.equals(a.createdBy)
                && createdAt.equals(a.createdAt)
                && updatedAt.equals(a.updatedAt)
                && version.equals(a.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + details.legalName() + ", " + classification + ", v" + version + "]";
    }
}
