package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderLine;
import dev.crmkit.order.OrderStep;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The row of an {@link Order}: its lines one JSON document written once, its steps another rewritten at each
 * progress report, and its status, subtotal and times columns of their own for queries.
 */
@Entity(name = "SalesOrder")
@Table(name = "crm_order")
@IdClass(Keys.ByUuid.class)
class OrderEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    String number;

    @Column(name = "quote_id")
    UUID quoteId;

    @Column(name = "quote_revision")
    int quoteRevision;

    @Column(name = "account_id")
    UUID accountId;

    @Column(name = "contact_id")
    UUID contactId;

    @Column(name = "card_id")
    UUID cardId;

    String route;

    String currency;

    String status;

    BigDecimal subtotal;

    @Column(name = "invoice_reference")
    String invoiceReference;

    String lines;

    String steps;

    @Column(name = "placed_at")
    Instant placedAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    OrderEntity() {}

    static OrderEntity of(String tenantId, Order order, Json json) {
        OrderEntity row = new OrderEntity();
        row.tenantId = tenantId;
        row.id = order.id().value();
        row.number = order.number();
        row.quoteId = order.quoteId().value();
        row.quoteRevision = order.quoteRevision();
        row.accountId = order.accountId().value();
        row.contactId = order.contactId() == null ? null : order.contactId().value();
        row.cardId = order.cardId() == null ? null : order.cardId().value();
        row.route = order.route().name();
        row.currency = order.currency().getCurrencyCode();
        row.subtotal = order.subtotal();
        row.lines = json.write(order.lines());
        row.placedAt = order.placedAt();
        row.apply(order, json);
        return row;
    }

    /** Copies what progress changes: the status, the steps and the invoice reference. */
    void apply(Order order, Json json) {
        status = order.status().name();
        invoiceReference = order.invoiceReference();
        steps = json.write(order.steps());
        updatedAt = order.updatedAt();
    }

    Order toDomain(Json json) {
        return StoredRecords.order(new OrderId(id), number, new QuoteId(quoteId), quoteRevision, new AccountId(accountId),
                contactId == null ? null : new ContactId(contactId), cardId == null ? null : new CardId(cardId),
                ProductRoute.valueOf(route), Currency.getInstance(currency),
                List.of(json.read(lines, OrderLine[].class)), invoiceReference,
                List.of(json.read(steps, OrderStep[].class)), Version.of(version));
    }
}
