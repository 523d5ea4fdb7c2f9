package dev.crmkit.account;

import dev.crmkit.common.Phone;
import dev.crmkit.common.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.constraints.URL;

/**
 * Everything about an account a user types in, in its groups: general information, additional
 * information, customer and credit properties, the ledger account and the supplier flag. Commands carry it
 * (creation, update) and the {@link Account} keeps it, so there is no copying between the two.
 *
 * <p>Required: the person kind and the legal name. Construction trims texts; {@link #normalized()} (applied by
 * the account once the command is valid) lowers e-mails, removes repeated e-mails and phones, and fills the
 * default customer and credit properties.
 *
 * @param personKind natural or legal person
 * @param legalName the legal name (razão social), or the person's full name
 * @param tradeName the trade name (nome fantasia)
 * @param taxId the tax id, or {@code null}
 * @param mainContactName the name of the main contact person
 * @param emails the account's e-mail addresses, up to 10
 * @param phones the account's phone numbers, up to 10
 * @param mobile the mobile number
 * @param website the website address
 * @param address the postal address
 * @param customer the customer properties; {@code null} means {@link CustomerProperties#DEFAULT}
 * @param credit the credit properties; {@code null} means {@link CreditProperties#CASH}
 * @param ledgerAccountCode the account's code in the company's ledger
 * @param supplier whether the account is also a supplier
 */
public record AccountDetails(
        @NotNull PersonKind personKind,
        @NotBlank @Size(max = AccountDetails.MAX_NAME) String legalName,
        @Size(max = AccountDetails.MAX_NAME) String tradeName,
        @Valid TaxId taxId,
        @Size(max = 200) String mainContactName,
        @Size(max = 10) List<@NotBlank @Email @Size(max = 254) String> emails,
        @Size(max = 10) List<@NotBlank @Phone String> phones,
        @Phone String mobile,
        @Size(max = 300) @URL String website,
        @Valid Address address,
        @Valid CustomerProperties customer,
        @Valid CreditProperties credit,
        @Size(max = 40) String ledgerAccountCode,
        boolean supplier) {

    /** The longest legal or trade name. */
    public static final int MAX_NAME = 200;

    /** Trims texts and copies lists (keeping their elements, so that validation can name a bad one by index). */
    public AccountDetails {
        legalName = Text.trimToNull(legalName);
        tradeName = Text.trimToNull(tradeName);
        mainContactName = Text.trimToNull(mainContactName);
        emails = emails == null ? List.of() : trimmed(emails);
        phones = phones == null ? List.of() : trimmed(phones);
        mobile = Text.trimToNull(mobile);
        website = Text.trimToNull(website);
        ledgerAccountCode = Text.trimToNull(ledgerAccountCode);
    }

    /**
     * The minimal details: a kind and a name.
     *
     * @param personKind natural or legal person
     * @param legalName the legal name
     * @return the details
     */
    public static AccountDetails of(PersonKind personKind, String legalName) {
        return new AccountDetails(personKind, legalName, null, null, null, null, null, null, null, null, null, null, null, false);
    }

    /**
     * The details as an account keeps them: e-mails in lower case without repeats, phones without repeats,
     * an empty address instead of none, and the default customer and credit properties where none were given.
     *
     * @return the normalized details
     */
    public AccountDetails normalized() {
        // Every account read back is already normalized: keep it rather than build the same record again.
        if (address != null && customer != null && credit != null && distinctLowerCase(emails) && distinct(phones)) {
            return this;
        }
        List<String> cleanEmails = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        List<String> cleanPhones = List.copyOf(new LinkedHashSet<>(phones));
        return new AccountDetails(personKind, legalName, tradeName, taxId, mainContactName, cleanEmails, cleanPhones, mobile,
                website, address == null ? Address.EMPTY : address,
                customer == null ? CustomerProperties.DEFAULT : customer,
                credit == null ? CreditProperties.CASH : credit, ledgerAccountCode, supplier);
    }

    /**
     * Every field, by its path in a command ({@code "legalName"}, {@code "address.city"},
     * {@code "customer.status"}), rendered as text; what the timeline compares to show old and new values.
     *
     * @return the fields, in declaration order
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "personKind", personKind);
        put(fields, "legalName", legalName);
        put(fields, "tradeName", tradeName);
        put(fields, "taxId", taxId == null ? null : taxId.key());
        put(fields, "mainContactName", mainContactName);
        put(fields, "emails", emails.isEmpty() ? null : String.join(", ", emails));
        put(fields, "phones", phones.isEmpty() ? null : String.join(", ", phones));
        put(fields, "mobile", mobile);
        put(fields, "website", website);
        Address a = address == null ? Address.EMPTY : address;
        put(fields, "address.street", a.street());
        put(fields, "address.number", a.number());
        put(fields, "address.district", a.district());
        put(fields, "address.city", a.city());
        put(fields, "address.state", a.state());
        put(fields, "address.postalCode", a.postalCode());
        put(fields, "address.country", a.country());
        CustomerProperties c = customer == null ? CustomerProperties.DEFAULT : customer;
        put(fields, "customer.customerTypeId", c.customerTypeId());
        put(fields, "customer.priorityId", c.priorityId());
        put(fields, "customer.economicActivityId", c.economicActivityId());
        put(fields, "customer.priceListId", c.priceListId());
        put(fields, "customer.taxable", c.taxable());
        put(fields, "customer.status", c.status());
        put(fields, "customer.salespersonId", c.salespersonId());
        CreditProperties k = credit == null ? CreditProperties.CASH : credit;
        put(fields, "credit.terms", k.terms());
        put(fields, "credit.creditDays", k.creditDays());
        put(fields, "credit.creditLimit", k.creditLimit());
        put(fields, "ledgerAccountCode", ledgerAccountCode);
        put(fields, "supplier", supplier);
        return fields;
    }

    private static void put(Map<String, String> fields, String path, Object value) {
        fields.put(path, value == null ? null : String.valueOf(value));
    }

    private static boolean distinctLowerCase(List<String> values) {
        for (String value : values) {
            if (!value.toLowerCase(Locale.ROOT).equals(value)) {
                return false;
            }
        }
        return distinct(values);
    }

    /** Whether no value repeats, compared pairwise; a list longer than 16 (the limit is 10) is reported as not distinct. */
    private static boolean distinct(List<String> values) {
        if (values.size() > 16) {
            return false;
        }
        for (int i = 1; i < values.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (values.get(i).equals(values.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> trimmed(List<String> values) {
        List<String> copy = new ArrayList<>(values.size());
        for (String value : values) {
            copy.add(value == null ? null : value.strip());
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * The same details with another address.
     *
     * @param newAddress the address
     * @return the details
     */
    public AccountDetails withAddress(Address newAddress) {
        return new AccountDetails(personKind, legalName, tradeName, taxId, mainContactName, emails, phones, mobile, website,
                newAddress, customer, credit, ledgerAccountCode, supplier);
    }

    /**
     * The same details with another tax id.
     *
     * @param newTaxId the tax id, or {@code null}
     * @return the details
     */
    public AccountDetails withTaxId(TaxId newTaxId) {
        return new AccountDetails(personKind, legalName, tradeName, newTaxId, mainContactName, emails, phones, mobile, website,
                address, customer, credit, ledgerAccountCode, supplier);
    }

    /**
     * The same details with other contact channels.
     *
     * @param newEmails the e-mails
     * @param newPhones the phones
     * @return the details
     */
    public AccountDetails withChannels(List<String> newEmails, List<String> newPhones) {
        return new AccountDetails(personKind, legalName, tradeName, taxId, mainContactName, newEmails, newPhones, mobile,
                website, address, customer, credit, ledgerAccountCode, supplier);
    }

    /**
     * The same details with other customer properties.
     *
     * @param newCustomer the customer properties
     * @return the details
     */
    public AccountDetails withCustomer(CustomerProperties newCustomer) {
        return new AccountDetails(personKind, legalName, tradeName, taxId, mainContactName, emails, phones, mobile, website,
                address, newCustomer, credit, ledgerAccountCode, supplier);
    }

    /**
     * The same details with other credit properties.
     *
     * @param newCredit the credit properties
     * @return the details
     */
    public AccountDetails withCredit(CreditProperties newCredit) {
        return new AccountDetails(personKind, legalName, tradeName, taxId, mainContactName, emails, phones, mobile, website,
                address, customer, newCredit, ledgerAccountCode, supplier);
    }

    /**
     * The same details with other names.
     *
     * @param newLegalName the legal name
     * @param newTradeName the trade name
     * @return the details
     */
    public AccountDetails withNames(String newLegalName, String newTradeName) {
        return new AccountDetails(personKind, newLegalName, newTradeName, taxId, mainContactName, emails, phones, mobile,
                website, address, customer, credit, ledgerAccountCode, supplier);
    }

    /**
     * Starts a {@link AccountDetails} from its required parts; every other part starts empty
     * ({@code null}, an empty collection, false).
     *
     * @param personKind natural or legal person
     * @param legalName the legal name (razão social), or the person's full name
     * @return a builder
     */
    public static Builder builder(PersonKind personKind, String legalName) {
        Builder builder = new Builder();
        builder.personKind = personKind;
        builder.legalName = legalName;
        return builder;
    }

    /**
     * Starts a builder from this {@link AccountDetails}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.personKind = personKind;
        builder.legalName = legalName;
        builder.tradeName = tradeName;
        builder.taxId = taxId;
        builder.mainContactName = mainContactName;
        builder.emails = emails;
        builder.phones = phones;
        builder.mobile = mobile;
        builder.website = website;
        builder.address = address;
        builder.customer = customer;
        builder.credit = credit;
        builder.ledgerAccountCode = ledgerAccountCode;
        builder.supplier = supplier;
        return builder;
    }

    /**
     * Builds a {@link AccountDetails}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private PersonKind personKind;
        private String legalName;
        private String tradeName;
        private TaxId taxId;
        private String mainContactName;
        private List<String> emails = List.of();
        private List<String> phones = List.of();
        private String mobile;
        private String website;
        private Address address;
        private CustomerProperties customer;
        private CreditProperties credit;
        private String ledgerAccountCode;
        private boolean supplier;

        private Builder() {}

        /**
         * @param value natural or legal person
         * @return this builder
         */
        public Builder personKind(PersonKind value) {
            this.personKind = value;
            return this;
        }

        /**
         * @param value the legal name (razão social), or the person's full name
         * @return this builder
         */
        public Builder legalName(String value) {
            this.legalName = value;
            return this;
        }

        /**
         * @param value the trade name (nome fantasia)
         * @return this builder
         */
        public Builder tradeName(String value) {
            this.tradeName = value;
            return this;
        }

        /**
         * @param value the tax id, or {@code null}
         * @return this builder
         */
        public Builder taxId(TaxId value) {
            this.taxId = value;
            return this;
        }

        /**
         * @param value the name of the main contact person
         * @return this builder
         */
        public Builder mainContactName(String value) {
            this.mainContactName = value;
            return this;
        }

        /**
         * @param values the account's e-mail addresses, up to 10
         * @return this builder
         */
        public Builder emails(Collection<? extends String> values) {
            this.emails = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the account's e-mail addresses, up to 10
         * @return this builder
         */
        public Builder emails(String... values) {
            return emails(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the account's phone numbers, up to 10
         * @return this builder
         */
        public Builder phones(Collection<? extends String> values) {
            this.phones = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the account's phone numbers, up to 10
         * @return this builder
         */
        public Builder phones(String... values) {
            return phones(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the mobile number
         * @return this builder
         */
        public Builder mobile(String value) {
            this.mobile = value;
            return this;
        }

        /**
         * @param value the website address
         * @return this builder
         */
        public Builder website(String value) {
            this.website = value;
            return this;
        }

        /**
         * @param value the postal address
         * @return this builder
         */
        public Builder address(Address value) {
            this.address = value;
            return this;
        }

        /**
         * @param value the customer properties; {@code null} means {@link CustomerProperties#DEFAULT}
         * @return this builder
         */
        public Builder customer(CustomerProperties value) {
            this.customer = value;
            return this;
        }

        /**
         * @param value the credit properties; {@code null} means {@link CreditProperties#CASH}
         * @return this builder
         */
        public Builder credit(CreditProperties value) {
            this.credit = value;
            return this;
        }

        /**
         * @param value the account's code in the company's ledger
         * @return this builder
         */
        public Builder ledgerAccountCode(String value) {
            this.ledgerAccountCode = value;
            return this;
        }

        /**
         * @param value whether the account is also a supplier
         * @return this builder
         */
        public Builder supplier(boolean value) {
            this.supplier = value;
            return this;
        }

        /** @return the {@link AccountDetails} of the steps so far, checked as any other when a use case receives it */
        public AccountDetails build() {
            return new AccountDetails(personKind, legalName, tradeName, taxId, mainContactName, emails, phones, mobile, website, address, customer, credit, ledgerAccountCode, supplier);
        }
    }
}
