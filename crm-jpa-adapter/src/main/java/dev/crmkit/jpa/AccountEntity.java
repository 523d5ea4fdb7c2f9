package dev.crmkit.jpa;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Address;
import dev.crmkit.account.CreditProperties;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.TaxId;
import dev.crmkit.account.TaxIdAcceptance;
import dev.crmkit.account.TaxIdWarning;
import dev.crmkit.common.Money;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.Classification;
import dev.crmkit.account.Interest;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.NameSimilarity;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;

/**
 * The row of an {@link Account}: every detail in a column (e-mails and phones as JSON arrays), with the derived
 * columns every filter, sort and unique key needs; responsibles, characteristic values, interests and name
 * trigrams in tables of their own.
 *
 * <p>A row read to be changed is a managed entity whose collections Hibernate loads in batches
 * ({@link #PAGE_BATCH} accounts per statement); a row read to be shown comes through {@link #read}, its child rows
 * read in one statement for a whole page, so a page costs the same number of statements at 10 accounts as at 500.
 */
@Entity(name = "Account")
@Table(name = "crm_account")
@IdClass(Keys.ByUuid.class)
class AccountEntity {

    /** The most accounts whose collections one statement loads: the largest account page, plus one. */
    static final int PAGE_BATCH = 512;

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    String classification;

    @Column(name = "person_kind")
    String personKind;

    @Column(name = "legal_name")
    String legalName;

    @Column(name = "trade_name")
    String tradeName;

    @Column(name = "name_key")
    String nameKey;

    @Column(name = "tax_key")
    String taxKey;

    @Column(name = "tax_country")
    String taxCountry;

    @Column(name = "tax_number")
    String taxNumber;

    @Column(name = "main_contact_name")
    String mainContactName;

    /** A JSON array. */
    String emails;

    /** A JSON array. */
    String phones;

    String mobile;

    String website;

    String street;

    @Column(name = "street_number")
    String streetNumber;

    String district;

    String city;

    String state;

    @Column(name = "postal_code")
    String postalCode;

    boolean taxable;

    @Column(name = "credit_terms")
    String creditTerms;

    @Column(name = "credit_days")
    Integer creditDays;

    /** The amount as text, so its scale comes back exactly. */
    @Column(name = "credit_limit_amount")
    String creditLimitAmount;

    @Column(name = "credit_limit_currency")
    String creditLimitCurrency;

    @Column(name = "ledger_account_code")
    String ledgerAccountCode;

    boolean supplier;

    String status;

    @Column(name = "salesperson_id")
    String salespersonId;

    @Column(name = "customer_type_id")
    UUID customerTypeId;

    @Column(name = "priority_id")
    UUID priorityId;

    @Column(name = "economic_activity_id")
    UUID economicActivityId;

    @Column(name = "price_list_id")
    UUID priceListId;

    @Column(name = "city_key")
    String cityKey;

    @Column(name = "state_key")
    String stateKey;

    String country;

    @Column(name = "search_text")
    String searchText;

    @Column(name = "search_digits")
    String searchDigits;

    @Column(name = "logo_id")
    UUID logoId;

    @Column(name = "tax_warning")
    String taxWarning;

    @Column(name = "tax_warning_accepted_by")
    String taxWarningAcceptedBy;

    @Column(name = "tax_warning_accepted_at")
    Instant taxWarningAcceptedAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    @ElementCollection
    @BatchSize(size = PAGE_BATCH)
    @CollectionTable(name = "crm_account_responsible", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
            @JoinColumn(name = "account_id", referencedColumnName = "id")})
    @Column(name = "user_id")
    Set<String> responsibles = new HashSet<>();

    @ElementCollection
    @BatchSize(size = PAGE_BATCH)
    @CollectionTable(name = "crm_account_characteristic", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
            @JoinColumn(name = "account_id", referencedColumnName = "id")})
    @MapKeyColumn(name = "type_id")
    Map<UUID, CharacteristicRow> characteristics = new HashMap<>();

    @ElementCollection
    @BatchSize(size = PAGE_BATCH)
    @CollectionTable(name = "crm_account_interest", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
            @JoinColumn(name = "account_id", referencedColumnName = "id")})
    @MapKeyColumn(name = "area_id")
    Map<UUID, InterestRow> interests = new HashMap<>();

    /** Never read to load an account: only the similar-name search queries it. */
    @ElementCollection
    @CollectionTable(name = "crm_account_name_trigram", joinColumns = {
            @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
            @JoinColumn(name = "account_id", referencedColumnName = "id")})
    Set<NameTrigram> nameTrigrams = new HashSet<>();

    /**
     * The account as this unit of work last read or stored it, built from the columns and the child rows read in one
     * statement ({@code JpaAccounts}): a change compares its collections against it, so the collections it leaves
     * alone are never loaded (classifying an account reads no responsibles, characteristics or interests twice).
     */
    @jakarta.persistence.Transient
    Account loaded;

    AccountEntity() {}

    /** Whether the three child collections are in memory (a new row's, or ones a change already loaded). */
    boolean childrenInMemory() {
        return org.hibernate.Hibernate.isInitialized(responsibles) && org.hibernate.Hibernate.isInitialized(characteristics)
                && org.hibernate.Hibernate.isInitialized(interests);
    }

    /**
     * The columns {@link #read} reads, in its order, qualified by the alias {@code a}: a read names them rather than
     * {@code a.*}, so that each is read by its position, not looked up by name for every row (the lookups were a
     * tenth of an account page's processing).
     */
    static final String COLUMNS = Stream.of(
            "tenant_id", "id", "classification", "person_kind", "legal_name", "trade_name", "name_key", "tax_key",
            "tax_country", "tax_number", "main_contact_name", "emails", "phones", "mobile", "website", "street",
            "street_number", "district", "city", "state", "postal_code", "taxable", "credit_terms", "credit_days",
            "credit_limit_amount", "credit_limit_currency", "ledger_account_code", "supplier", "status",
            "salesperson_id", "customer_type_id", "priority_id", "economic_activity_id", "price_list_id", "city_key",
            "state_key", "country", "search_text", "search_digits", "logo_id", "tax_warning",
            "tax_warning_accepted_by", "tax_warning_accepted_at", "created_by", "created_at", "updated_at", "version")
            .map(column -> "a." + column).collect(Collectors.joining(", "));

    /**
     * The row's columns read with plain JDBC ({@link SqlQuery#rows(JpaUnitOfWork, int, SqlQuery.RowReader)}) from a
     * statement selecting {@link #COLUMNS} first, by position, into the fields Hibernate would fill; the collections
     * stay empty (a read fills them from {@code JpaAccounts.children}, in one statement for a whole page).
     */
    static AccountEntity read(ResultSet rs) throws SQLException {
        AccountEntity row = new AccountEntity();
        int c = 0;
        row.tenantId = rs.getString(++c);
        row.id = rs.getObject(++c, UUID.class);
        row.classification = rs.getString(++c);
        row.personKind = rs.getString(++c);
        row.legalName = rs.getString(++c);
        row.tradeName = rs.getString(++c);
        row.nameKey = rs.getString(++c);
        row.taxKey = rs.getString(++c);
        row.taxCountry = rs.getString(++c);
        row.taxNumber = rs.getString(++c);
        row.mainContactName = rs.getString(++c);
        row.emails = rs.getString(++c);
        row.phones = rs.getString(++c);
        row.mobile = rs.getString(++c);
        row.website = rs.getString(++c);
        row.street = rs.getString(++c);
        row.streetNumber = rs.getString(++c);
        row.district = rs.getString(++c);
        row.city = rs.getString(++c);
        row.state = rs.getString(++c);
        row.postalCode = rs.getString(++c);
        row.taxable = rs.getBoolean(++c);
        row.creditTerms = rs.getString(++c);
        row.creditDays = rs.getObject(++c, Integer.class);
        row.creditLimitAmount = rs.getString(++c);
        row.creditLimitCurrency = rs.getString(++c);
        row.ledgerAccountCode = rs.getString(++c);
        row.supplier = rs.getBoolean(++c);
        row.status = rs.getString(++c);
        row.salespersonId = rs.getString(++c);
        row.customerTypeId = rs.getObject(++c, UUID.class);
        row.priorityId = rs.getObject(++c, UUID.class);
        row.economicActivityId = rs.getObject(++c, UUID.class);
        row.priceListId = rs.getObject(++c, UUID.class);
        row.cityKey = rs.getString(++c);
        row.stateKey = rs.getString(++c);
        row.country = rs.getString(++c);
        row.searchText = rs.getString(++c);
        row.searchDigits = rs.getString(++c);
        row.logoId = rs.getObject(++c, UUID.class);
        row.taxWarning = rs.getString(++c);
        row.taxWarningAcceptedBy = rs.getString(++c);
        row.taxWarningAcceptedAt = SqlQuery.instant(rs, ++c);
        row.createdBy = rs.getString(++c);
        row.createdAt = SqlQuery.instant(rs, ++c);
        row.updatedAt = SqlQuery.instant(rs, ++c);
        row.version = rs.getObject(++c, Long.class);
        return row;
    }

    static AccountEntity of(String tenantId, Account account, Json json) {
        AccountEntity row = new AccountEntity();
        row.tenantId = tenantId;
        row.id = account.id().value();
        row.createdBy = account.createdBy().value();
        row.createdAt = account.createdAt();
        row.apply(account, json);
        return row;
    }

    /** Copies the account's state; collections change element by element, so only the differences are written. */
    void apply(Account account, Json json) {
        var d = account.details();
        var customer = d.customer();
        var address = d.address();
        var credit = d.credit();
        classification = account.classification().name();
        personKind = d.personKind().name();
        taxCountry = d.taxId() == null ? null : d.taxId().country();
        taxNumber = d.taxId() == null ? null : d.taxId().number();
        mainContactName = d.mainContactName();
        emails = json.write(d.emails());
        phones = json.write(d.phones());
        mobile = d.mobile();
        website = d.website();
        street = address.street();
        streetNumber = address.number();
        district = address.district();
        city = address.city();
        state = address.state();
        postalCode = address.postalCode();
        taxable = customer.taxable();
        creditTerms = credit.terms().name();
        creditDays = credit.creditDays();
        creditLimitAmount = credit.creditLimit() == null ? null : credit.creditLimit().amount().toString();
        creditLimitCurrency = credit.creditLimit() == null ? null : credit.creditLimit().currency().getCurrencyCode();
        ledgerAccountCode = d.ledgerAccountCode();
        supplier = d.supplier();
        boolean namesChanged = !Objects.equals(legalName, d.legalName()) || !Objects.equals(tradeName, d.tradeName());
        legalName = d.legalName();
        tradeName = d.tradeName();
        nameKey = account.nameKey();
        taxKey = d.taxId() == null ? null : d.taxId().key();
        status = customer.status().name();
        salespersonId = customer.salespersonId() == null ? null : customer.salespersonId().value();
        customerTypeId = uuid(customer.customerTypeId());
        priorityId = uuid(customer.priorityId());
        economicActivityId = uuid(customer.economicActivityId());
        priceListId = uuid(customer.priceListId());
        cityKey = Text.fold(d.address().city());
        stateKey = Text.fold(d.address().state());
        country = d.address().country();
        searchText = account.searchText();
        searchDigits = account.searchDigits();
        logoId = account.logoId().map(DocumentId::value).orElse(null);
        TaxIdAcceptance acceptance = account.taxIdAcceptance().orElse(null);
        taxWarning = acceptance == null ? null : acceptance.warning().name();
        taxWarningAcceptedBy = acceptance == null ? null : acceptance.acceptedBy().value();
        taxWarningAcceptedAt = acceptance == null ? null : acceptance.acceptedAt();
        updatedAt = account.updatedAt();
        // A collection equal to the loaded account's is left alone, unloaded.
        boolean sameResponsibles = loaded != null && loaded.responsibles().equals(account.responsibles());
        boolean sameCharacteristics = loaded != null && loaded.characteristics().equals(account.characteristics());
        boolean sameInterests = loaded != null && loaded.interests().equals(account.interests());
        Set<String> newResponsibles = account.responsibles().stream().map(UserId::value).collect(Collectors.toSet());
        if (!sameResponsibles && !responsibles.equals(newResponsibles)) {
            responsibles.retainAll(newResponsibles);
            responsibles.addAll(newResponsibles);
        }
        Map<UUID, CharacteristicRow> newCharacteristics = new HashMap<>();
        account.characteristics().forEach((type, value) -> newCharacteristics.put(type.value(), CharacteristicRow.of(value)));
        if (!sameCharacteristics && !characteristics.equals(newCharacteristics)) {
            characteristics.keySet().retainAll(newCharacteristics.keySet());
            characteristics.putAll(newCharacteristics);
        }
        Map<UUID, InterestRow> newInterests = new HashMap<>();
        account.interests().forEach((area, interest) -> newInterests.put(area.value(), InterestRow.of(interest)));
        if (!sameInterests && !interests.equals(newInterests)) {
            interests.keySet().retainAll(newInterests.keySet());
            interests.putAll(newInterests);
        }
        if (namesChanged) {
            Set<NameTrigram> trigrams = NameTrigram.of(d.legalName(), d.tradeName());
            nameTrigrams.retainAll(trigrams);
            nameTrigrams.addAll(trigrams);
        }
    }

    Account toDomain(Json json) {
        return toDomain(json, responsibles, characteristics, interests);
    }

    /** The domain account from this row's columns and child rows read elsewhere (a page reads them in bulk). */
    Account toDomain(Json json, Set<String> responsibleIds, Map<UUID, CharacteristicRow> characteristicRows,
            Map<UUID, InterestRow> interestRows) {
        Map<CatalogEntryId, CharacteristicValue> values = new HashMap<>();
        characteristicRows.forEach((type, row) -> values.put(new CatalogEntryId(type), row.toDomain()));
        Map<CatalogEntryId, Interest> marks = new HashMap<>();
        interestRows.forEach((area, row) -> marks.put(new CatalogEntryId(area), row.toDomain()));
        return StoredRecords.account(new AccountId(id), Classification.valueOf(classification),
                details(json),
                responsibleIds.stream().map(UserId::of).collect(Collectors.toSet()), values, marks,
                logoId == null ? null : new DocumentId(logoId),
                taxWarning == null ? null : new TaxIdAcceptance(TaxIdWarning.valueOf(taxWarning), UserId.of(taxWarningAcceptedBy),
                        taxWarningAcceptedAt),
                UserId.of(createdBy), createdAt, updatedAt, Version.of(version));
    }

    private AccountDetails details(Json json) {
        Money limit = creditLimitAmount == null ? null
                : new Money(new BigDecimal(creditLimitAmount), Currency.getInstance(creditLimitCurrency));
        return new AccountDetails(PersonKind.valueOf(personKind), legalName, tradeName,
                taxNumber == null && taxCountry == null ? null : new TaxId(taxCountry, taxNumber), mainContactName,
                json.readTexts(emails), json.readTexts(phones), mobile, website,
                new Address(street, streetNumber, district, city, state, postalCode, country),
                new CustomerProperties(entry(customerTypeId), entry(priorityId), entry(economicActivityId), entry(priceListId),
                        taxable, AccountStatus.valueOf(status), salespersonId == null ? null : UserId.of(salespersonId)),
                new CreditProperties(CreditTerms.valueOf(creditTerms), creditDays, limit), ledgerAccountCode, supplier);
    }

    private static CatalogEntryId entry(UUID id) {
        return id == null ? null : new CatalogEntryId(id);
    }

    private static UUID uuid(CatalogEntryId id) {
        return id == null ? null : id.value();
    }

    /** A characteristic value: its type, stored text and key. */
    @Embeddable
    static class CharacteristicRow {

        @Column(name = "value_type")
        String valueType;

        @Column(name = "stored_value")
        String storedValue;

        @Column(name = "value_key")
        String valueKey;

        CharacteristicRow() {}

        static CharacteristicRow of(String valueType, String storedValue, String valueKey) {
            CharacteristicRow row = new CharacteristicRow();
            row.valueType = valueType;
            row.storedValue = storedValue;
            row.valueKey = valueKey;
            return row;
        }

        static CharacteristicRow of(CharacteristicValue value) {
            CharacteristicRow row = new CharacteristicRow();
            row.valueType = value.type().name();
            row.storedValue = value.stored();
            row.valueKey = value.key();
            return row;
        }

        CharacteristicValue toDomain() {
            return CharacteristicValue.restore(CharacteristicValueType.valueOf(valueType), storedValue);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CharacteristicRow r && Objects.equals(valueType, r.valueType)
                    && Objects.equals(storedValue, r.storedValue) && Objects.equals(valueKey, r.valueKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(valueType, storedValue);
        }
    }

    /** An interest or disinterest in an area. */
    @Embeddable
    static class InterestRow {

        String kind;

        String note;

        InterestRow() {}

        static InterestRow of(String kind, String note) {
            InterestRow row = new InterestRow();
            row.kind = kind;
            row.note = note;
            return row;
        }

        static InterestRow of(Interest interest) {
            InterestRow row = new InterestRow();
            row.kind = interest.kind().name();
            row.note = interest.note();
            return row;
        }

        Interest toDomain() {
            return new Interest(InterestKind.valueOf(kind), note);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InterestRow r && Objects.equals(kind, r.kind) && Objects.equals(note, r.note);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, note);
        }
    }

    /** One trigram of the legal ({@code L}) or trade ({@code T}) name, with that name's trigram count. */
    @Embeddable
    static class NameTrigram {

        @Column(name = "name_part")
        String namePart;

        String trigram;

        @Column(name = "trigram_count")
        int trigramCount;

        NameTrigram() {}

        NameTrigram(String namePart, String trigram, int trigramCount) {
            this.namePart = namePart;
            this.trigram = trigram;
            this.trigramCount = trigramCount;
        }

        static Set<NameTrigram> of(String legalName, String tradeName) {
            Set<NameTrigram> all = new HashSet<>();
            add(all, "L", legalName);
            add(all, "T", tradeName);
            return all;
        }

        private static void add(Set<NameTrigram> all, String part, String name) {
            Set<String> trigrams = NameSimilarity.trigrams(name);
            for (String trigram : trigrams) {
                all.add(new NameTrigram(part, trigram, trigrams.size()));
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NameTrigram t && namePart.equals(t.namePart) && trigram.equals(t.trigram)
                    && trigramCount == t.trigramCount;
        }

        @Override
        public int hashCode() {
            return Objects.hash(namePart, trigram, trigramCount);
        }
    }
}
