package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * The row of a {@link Quote} at its current revision: the revision's lines and totals are one JSON column (read and
 * written whole, with the quote), its validity and total columns of their own for queries.
 */
@Entity(name = "Quote")
@Table(name = "crm_quote")
@IdClass(Keys.ByUuid.class)
class QuoteEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    long sequence;

    String number;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "contact_id")
    UUID contactId;

    @Column(name = "card_id")
    UUID cardId;

    String currency;

    String status;

    int revision;

    @Column(name = "valid_until")
    LocalDate validUntil;

    BigDecimal total;

    String content;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    QuoteEntity() {}

    static QuoteEntity of(String tenantId, Quote quote, Json json) {
        QuoteEntity row = new QuoteEntity();
        row.tenantId = tenantId;
        row.id = quote.id().value();
        row.sequence = quote.sequence();
        row.number = quote.number();
        row.accountId = quote.accountId().value();
        row.contactId = quote.contactId() == null ? null : quote.contactId().value();
        row.cardId = quote.cardId() == null ? null : quote.cardId().value();
        row.currency = quote.currency().getCurrencyCode();
        row.createdAt = quote.createdAt();
        row.apply(quote, json);
        return row;
    }

    void apply(Quote quote, Json json) {
        status = quote.status().name();
        revision = quote.revision().number();
        validUntil = quote.revision().validUntil();
        total = quote.revision().totals().total();
        content = json.write(quote.revision());
        updatedAt = quote.updatedAt();
    }

    Quote toDomain(Json json) {
        return StoredRecords.quote(new QuoteId(id), sequence, number, new AccountId(accountId),
                contactId == null ? null : new ContactId(contactId), cardId == null ? null : new CardId(cardId),
                Currency.getInstance(currency), QuoteStatus.valueOf(status), json.read(content, QuoteRevision.class),
                createdAt, updatedAt, Version.of(version));
    }
}
