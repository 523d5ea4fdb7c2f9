package dev.crmkit.contact;

import dev.crmkit.common.Phone;
import dev.crmkit.common.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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

/**
 * What a user types in about a contact. Commands carry it and the {@link Contact} keeps it.
 *
 * @param name the contact's name
 * @param role the role at the account ("purchasing manager")
 * @param emails e-mail addresses, up to 10
 * @param phones phone numbers, up to 10
 * @param notes free notes
 */
public record ContactDetails(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 120) String role,
        @Size(max = 10) List<@NotBlank @Email @Size(max = 254) String> emails,
        @Size(max = 10) List<@NotBlank @Phone String> phones,
        @Size(max = 4000) String notes) {

    /** Trims texts and copies the lists, keeping their elements so that validation can name a bad one. */
    public ContactDetails {
        name = Text.trimToNull(name);
        role = Text.trimToNull(role);
        emails = emails == null ? List.of() : trimmed(emails);
        phones = phones == null ? List.of() : trimmed(phones);
        notes = Text.trimToNull(notes);
    }

    /**
     * A contact with a name only.
     *
     * @param name the name
     * @return the details
     */
    public static ContactDetails named(String name) {
        return new ContactDetails(name, null, null, null, null);
    }

    /**
     * The details as a contact keeps them: e-mails in lower case and without repeats, phones without repeats.
     *
     * @return the normalized details
     */
    public ContactDetails normalized() {
        return new ContactDetails(name, role, emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList(),
                List.copyOf(new LinkedHashSet<>(phones)), notes);
    }

    /**
     * Every field rendered as text, for the timeline's old and new values.
     *
     * @return the fields, in declaration order
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("role", role);
        fields.put("emails", emails.isEmpty() ? null : String.join(", ", emails));
        fields.put("phones", phones.isEmpty() ? null : String.join(", ", phones));
        fields.put("notes", notes);
        return fields;
    }

    private static List<String> trimmed(List<String> values) {
        List<String> copy = new ArrayList<>(values.size());
        for (String value : values) {
            copy.add(value == null ? null : value.strip());
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Starts a {@link ContactDetails} from its required parts; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @param name the contact's name
     * @return a builder
     */
    public static Builder builder(String name) {
        Builder builder = new Builder();
        builder.name = name;
        return builder;
    }

    /**
     * Starts a builder from this {@link ContactDetails}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.role = role;
        builder.emails = emails;
        builder.phones = phones;
        builder.notes = notes;
        return builder;
    }

    /**
     * Builds a {@link ContactDetails}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private String name;
        private String role;
        private List<String> emails = List.of();
        private List<String> phones = List.of();
        private String notes;

        private Builder() {}

        /**
         * @param value the contact's name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the role at the account ("purchasing manager")
         * @return this builder
         */
        public Builder role(String value) {
            this.role = value;
            return this;
        }

        /**
         * @param values e-mail addresses, up to 10
         * @return this builder
         */
        public Builder emails(Collection<? extends String> values) {
            this.emails = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values e-mail addresses, up to 10
         * @return this builder
         */
        public Builder emails(String... values) {
            return emails(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values phone numbers, up to 10
         * @return this builder
         */
        public Builder phones(Collection<? extends String> values) {
            this.phones = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values phone numbers, up to 10
         * @return this builder
         */
        public Builder phones(String... values) {
            return phones(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value free notes
         * @return this builder
         */
        public Builder notes(String value) {
            this.notes = value;
            return this;
        }

        /** @return the {@link ContactDetails} of the steps so far, checked as any other when a use case receives it */
        public ContactDetails build() {
            return new ContactDetails(name, role, emails, phones, notes);
        }
    }
}
