package dev.crmkit.testkit;

import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Address;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.CreditProperties;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.TaxId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds account commands: {@code AccountTestData.anAccount().named("ACME Ltda").inCity("Campinas", "SP", "BR").build()}.
 * Defaults: a legal person named "Test Account", a lead, no tax id, the acting user responsible.
 */
public final class AccountTestData {

    private Classification classification = Classification.LEAD;
    private PersonKind personKind = PersonKind.LEGAL;
    private String legalName = "Test Account";
    private String tradeName;
    private TaxId taxId;
    private String mainContactName;
    private List<String> emails = List.of();
    private List<String> phones = List.of();
    private String mobile;
    private String website;
    private Address address;
    private CatalogEntryId customerTypeId;
    private CatalogEntryId priorityId;
    private CatalogEntryId economicActivityId;
    private CatalogEntryId priceListId;
    private boolean taxable = true;
    private AccountStatus status = AccountStatus.ACTIVE;
    private UserId salespersonId;
    private CreditProperties credit;
    private String ledgerAccountCode;
    private boolean supplier;
    private final Set<UserId> responsibles = new LinkedHashSet<>();

    private AccountTestData() {}

    /** @return a builder with the defaults */
    public static AccountTestData anAccount() {
        return new AccountTestData();
    }

    /**
     * @param name the legal name
     * @return this builder
     */
    public AccountTestData named(String name) {
        this.legalName = name;
        return this;
    }

    /**
     * @param name the trade name
     * @return this builder
     */
    public AccountTestData tradingAs(String name) {
        this.tradeName = name;
        return this;
    }

    /**
     * @param newClassification the classification
     * @return this builder
     */
    public AccountTestData classified(Classification newClassification) {
        this.classification = newClassification;
        return this;
    }

    /**
     * @param kind natural or legal
     * @return this builder
     */
    public AccountTestData as(PersonKind kind) {
        this.personKind = kind;
        return this;
    }

    /**
     * @param newTaxId the tax id
     * @return this builder
     */
    public AccountTestData withTaxId(TaxId newTaxId) {
        this.taxId = newTaxId;
        return this;
    }

    /**
     * @param contactName the main contact's name
     * @return this builder
     */
    public AccountTestData withMainContact(String contactName) {
        this.mainContactName = contactName;
        return this;
    }

    /**
     * @param values e-mails
     * @return this builder
     */
    public AccountTestData withEmails(String... values) {
        this.emails = Arrays.asList(values);
        return this;
    }

    /**
     * @param values phones
     * @return this builder
     */
    public AccountTestData withPhones(String... values) {
        this.phones = Arrays.asList(values);
        return this;
    }

    /**
     * @param newMobile the mobile
     * @param newWebsite the website
     * @return this builder
     */
    public AccountTestData withMobileAndWebsite(String newMobile, String newWebsite) {
        this.mobile = newMobile;
        this.website = newWebsite;
        return this;
    }

    /**
     * @param newAddress the address
     * @return this builder
     */
    public AccountTestData at(Address newAddress) {
        this.address = newAddress;
        return this;
    }

    /**
     * @param city the city
     * @param state the state
     * @param country the ISO country
     * @return this builder
     */
    public AccountTestData inCity(String city, String state, String country) {
        this.address = Address.ofCity(city, state, country);
        return this;
    }

    /**
     * @param newStatus the status
     * @return this builder
     */
    public AccountTestData withStatus(AccountStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    /**
     * @param user the salesperson
     * @return this builder
     */
    public AccountTestData soldBy(UserId user) {
        this.salespersonId = user;
        return this;
    }

    /**
     * @param customerType a customer type entry
     * @param priority a priority entry
     * @param activity an economic activity entry
     * @param priceList a price list entry
     * @return this builder
     */
    public AccountTestData withCatalogs(
            CatalogEntryId customerType, CatalogEntryId priority, CatalogEntryId activity, CatalogEntryId priceList) {
        this.customerTypeId = customerType;
        this.priorityId = priority;
        this.economicActivityId = activity;
        this.priceListId = priceList;
        return this;
    }

    /**
     * @param newCredit the credit properties
     * @return this builder
     */
    public AccountTestData withCredit(CreditProperties newCredit) {
        this.credit = newCredit;
        return this;
    }

    /**
     * @param code the ledger account code
     * @param isSupplier whether it is a supplier too
     * @param isTaxable whether sales are taxed
     * @return this builder
     */
    public AccountTestData withLedger(String code, boolean isSupplier, boolean isTaxable) {
        this.ledgerAccountCode = code;
        this.supplier = isSupplier;
        this.taxable = isTaxable;
        return this;
    }

    /**
     * @param users the responsibles
     * @return this builder
     */
    public AccountTestData responsibles(UserId... users) {
        responsibles.addAll(Arrays.asList(users));
        return this;
    }

    /** @return the details */
    public AccountDetails details() {
        return new AccountDetails(personKind, legalName, tradeName, taxId, mainContactName, emails, phones, mobile, website,
                address, new CustomerProperties(customerTypeId, priorityId, economicActivityId, priceListId, taxable, status,
                        salespersonId), credit, ledgerAccountCode, supplier);
    }

    /** @return the command */
    public CreateAccount build() {
        return new CreateAccount(classification, details(), responsibles.isEmpty() ? null : Set.copyOf(responsibles));
    }
}
