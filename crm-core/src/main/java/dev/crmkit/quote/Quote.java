package dev.crmkit.quote;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A quote: an offer to an account, with its tenant's number, its status and its current revision. Immutable; every
 * change returns a new state.
 */
public final class Quote {

    private final QuoteId id;
    private final long sequence;
    private final String number;
    private final AccountId accountId;
    private final ContactId contactId;
    private final CardId cardId;
    private final Currency currency;
    private final QuoteStatus status;
    private final QuoteRevision revision;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;

    private Quote(QuoteId id, long sequence, String number, AccountId accountId, ContactId contactId, CardId cardId,
            Currency currency, QuoteStatus status, QuoteRevision revision, Instant createdAt, Instant updatedAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.sequence = sequence;
        this.number = Objects.requireNonNull(number, "number");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.contactId = contactId;
        this.cardId = cardId;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.status = Objects.requireNonNull(status, "status");
        this.revision = Objects.requireNonNull(revision, "revision");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new draft at revision 1, not stored yet. */
    static Quote create(long sequence, String number, AccountId accountId, ContactId contactId, CardId cardId,
            Currency currency, QuoteRevision revision, Instant now) {
        return new Quote(QuoteId.newId(), sequence, number, accountId, contactId, cardId, currency, QuoteStatus.DRAFT,
                revision, now, now, Version.UNSAVED);
    }

    /** A stored quote, as an adapter loads it (through {@code StoredRecords}). */
    static Quote reconstitute(QuoteId id, long sequence, String number, AccountId accountId, ContactId contactId,
            CardId cardId, Currency currency, QuoteStatus status, QuoteRevision revision, Instant createdAt,
            Instant updatedAt, Version version) {
        return new Quote(id, sequence, number, accountId, contactId, cardId, currency, status, revision, createdAt,
                updatedAt, version);
    }

    /** This quote with another current revision and status. */
    Quote revise(QuoteRevision newRevision, QuoteStatus newStatus, Instant now) {
        return new Quote(id, sequence, number, accountId, contactId, cardId, currency, newStatus, newRevision, createdAt,
                now, version);
    }

    /**
     * This state at another version; adapters call it when they store a change.
     *
     * @param newVersion the version
     * @return the same quote at that version
     */
    public Quote withVersion(Version newVersion) {
        return new Quote(id, sequence, number, accountId, contactId, cardId, currency, status, revision, createdAt,
                updatedAt, newVersion);
    }

    /**
     * Whether the quote has expired on a day: it was sent and the day is past its validity. Never stored.
     *
     * @param today the day, in the tenant's time zone
     * @return {@code true} when expired
     */
    public boolean expiredOn(LocalDate today) {
        return status == QuoteStatus.SENT && today.isAfter(revision.validUntil());
    }

    /** @return the id */
    public QuoteId id() {
        return id;
    }

    /** @return the tenant's count of this quote, gapless from the numbering's start */
    public long sequence() {
        return sequence;
    }

    /** @return the number as it reads ({@code "Q-000042"}), kept as it was formatted at creation */
    public String number() {
        return number;
    }

    /** @return the account it is for */
    public AccountId accountId() {
        return accountId;
    }

    /** @return the contact it is addressed to, or {@code null} */
    public ContactId contactId() {
        return contactId;
    }

    /** @return the card it belongs to, or {@code null} */
    public CardId cardId() {
        return cardId;
    }

    /** @return its currency */
    public Currency currency() {
        return currency;
    }

    /** @return its status */
    public QuoteStatus status() {
        return status;
    }

    /** @return its current revision */
    public QuoteRevision revision() {
        return revision;
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quote q && id.equals(q.id) && sequence == q.sequence && number.equals(q.number)
                && accountId.equals(q.accountId) && Objects.equals(contactId, q.contactId)
                && Objects.equals(cardId, q.cardId) && currency.equals(q.currency) && status == q.status
                && revision.equals(q.revision) && createdAt.equals(q.createdAt) && updatedAt.equals(q.updatedAt)
                && version.equals(q.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Quote[" + id + ", " + number + " rev " + revision.number() + ", " + status + ", v" + version + "]";
    }
}
