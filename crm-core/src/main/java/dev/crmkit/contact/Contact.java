package dev.crmkit.contact;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A person of an account. Immutable; edits return a new state. */
public final class Contact {

    private final ContactId id;
    private final AccountId accountId;
    private final ContactDetails details;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;
    // Derived keys, computed on first use: a sorted index compares them often, and the state never changes.
    private String nameKey;
    private String searchText;
    private String searchDigits;

    private Contact(
            ContactId id, AccountId accountId, ContactDetails details, UserId createdBy, Instant createdAt, Instant updatedAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.details = Objects.requireNonNull(details, "details").normalized();
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new contact, not stored yet.
     *
     * @param accountId its account
     * @param details its details (validated)
     * @param createdBy who adds it
     * @param now the creation instant
     * @return the contact, at {@link Version#UNSAVED}
     */
    public static Contact create(AccountId accountId, ContactDetails details, UserId createdBy, Instant now) {
        return new Contact(ContactId.newId(), accountId, details, createdBy, now, now, Version.UNSAVED);
    }

    /**
     * A stored contact, as an adapter loads it.
     *
     * @param id the id
     * @param accountId the account
     * @param details the details
     * @param createdBy who added it
     * @param createdAt when it was added
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the contact
     */
    static Contact reconstitute(
            ContactId id, AccountId accountId, ContactDetails details, UserId createdBy, Instant createdAt, Instant updatedAt,
            Version version) {
        return new Contact(id, accountId, details, createdBy, createdAt, updatedAt, version);
    }

    /**
     * Replaces the details.
     *
     * @param newDetails the details (validated)
     * @param now the instant of the change
     * @return the new state and the changed fields
     */
    Changed<Contact> update(ContactDetails newDetails, Instant now) {
        Map<String, String> after = newDetails.normalized().fields();
        Changes changes = new Changes();
        details.fields().forEach((field, old) -> changes.compare(field, old, after.get(field)));
        if (changes.isEmpty()) {
            return new Changed<>(this, List.of());
        }
        return new Changed<>(new Contact(id, accountId, newDetails, createdBy, createdAt, now, version), changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same contact at that version
     */
    public Contact withVersion(Version newVersion) {
        return new Contact(id, accountId, details, createdBy, createdAt, updatedAt, newVersion);
    }

    /** @return the key contacts sort by: {@link Text#sortKey(String)} of the name */
    public String nameKey() {
        String key = nameKey;
        if (key == null) {
            key = Text.sortKey(details.name());
            nameKey = key;
        }
        return key;
    }

    /** @return the text document of {@link SearchText}: name and e-mails */
    public String searchText() {
        if (searchText == null) {
            List<String> fields = new ArrayList<>();
            fields.add(details.name());
            fields.addAll(details.emails());
            searchText = SearchText.textDocument(fields);
        }
        return searchText;
    }

    /** @return the digits document of {@link SearchText}: phones */
    public String searchDigits() {
        if (searchDigits == null) {
            searchDigits = SearchText.digitsDocument(details.phones());
        }
        return searchDigits;
    }

    /** @return the id */
    public ContactId id() {
        return id;
    }

    /** @return the account the contact belongs to */
    public AccountId accountId() {
        return accountId;
    }

    /** @return the details, normalized */
    public ContactDetails details() {
        return details;
    }

    /** @return who added the contact */
    public UserId createdBy() {
        return createdBy;
    }

    /** @return when the contact was added */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the contact last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact c
                && id.equals(c.id)
                && accountId.equals(c.accountId)
                && details.equals(c.details)
                && createdBy.equals(c.createdBy)
                && createdAt.equals(c.createdAt)
                && updatedAt.equals(c.updatedAt)
                && version.equals(c.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Contact[" + id + ", " + details.name() + " of " + accountId + ", v" + version + "]";
    }
}
