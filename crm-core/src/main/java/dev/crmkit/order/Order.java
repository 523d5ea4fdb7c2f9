package dev.crmkit.order;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import dev.crmkit.product.ProductRoute;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An order: the lines of one route of a converted quote, copied from the quote's accepted revision, with its own
 * number and its progress. Immutable apart from its progress; every step of it is kept ({@link #steps()}), the first
 * its placement. Its status is its last step's.
 */
public final class Order {

    private final OrderId id;
    private final String number;
    private final QuoteId quoteId;
    private final int quoteRevision;
    private final AccountId accountId;
    private final ContactId contactId;
    private final CardId cardId;
    private final ProductRoute route;
    private final Currency currency;
    private final List<OrderLine> lines;
    private final String invoiceReference;
    private final List<OrderStep> steps;
    private final Version version;

    private Order(OrderId id, String number, QuoteId quoteId, int quoteRevision, AccountId accountId,
            ContactId contactId, CardId cardId, ProductRoute route, Currency currency, List<OrderLine> lines,
            String invoiceReference, List<OrderStep> steps, Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.quoteId = Objects.requireNonNull(quoteId, "quoteId");
        this.quoteRevision = quoteRevision;
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.contactId = contactId;
        this.cardId = cardId;
        this.route = Objects.requireNonNull(route, "route");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.lines = List.copyOf(lines);
        this.invoiceReference = invoiceReference;
        this.steps = List.copyOf(steps);
        if (this.steps.isEmpty()) {
            throw new IllegalStateException("an order has at least its placement step");
        }
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new order, placed now, not stored yet. */
    static Order place(String number, QuoteId quoteId, int quoteRevision, AccountId accountId, ContactId contactId,
            CardId cardId, ProductRoute route, Currency currency, List<OrderLine> lines, OrderStep placed) {
        return new Order(OrderId.newId(), number, quoteId, quoteRevision, accountId, contactId, cardId, route, currency,
                lines, null, List.of(placed), Version.UNSAVED);
    }

    /** A stored order, as an adapter loads it (through {@code StoredRecords}). */
    static Order reconstitute(OrderId id, String number, QuoteId quoteId, int quoteRevision, AccountId accountId,
            ContactId contactId, CardId cardId, ProductRoute route, Currency currency, List<OrderLine> lines,
            String invoiceReference, List<OrderStep> steps, Version version) {
        return new Order(id, number, quoteId, quoteRevision, accountId, contactId, cardId, route, currency, lines,
                invoiceReference, steps, version);
    }

    /** This order one step further; the invoice reference is kept once given. */
    Order progress(OrderStep step, String reference) {
        List<OrderStep> more = new ArrayList<>(steps);
        more.add(step);
        return new Order(id, number, quoteId, quoteRevision, accountId, contactId, cardId, route, currency, lines,
                reference != null ? reference : invoiceReference, more, version);
    }

    /**
     * This state at another version; adapters call it when they store a change.
     *
     * @param newVersion the version
     * @return the same order at that version
     */
    public Order withVersion(Version newVersion) {
        return new Order(id, number, quoteId, quoteRevision, accountId, contactId, cardId, route, currency, lines,
                invoiceReference, steps, newVersion);
    }

    /** @return the id */
    public OrderId id() {
        return id;
    }

    /** @return the number: the quote's number and the route's letter ({@code "Q-000042-P"}, {@code "Q-000042-S"}) */
    public String number() {
        return number;
    }

    /** @return the quote it was converted from */
    public QuoteId quoteId() {
        return quoteId;
    }

    /** @return the quote's revision its lines were copied from */
    public int quoteRevision() {
        return quoteRevision;
    }

    /** @return the account it is for */
    public AccountId accountId() {
        return accountId;
    }

    /** @return the quote's contact, or {@code null} */
    public ContactId contactId() {
        return contactId;
    }

    /** @return the quote's card, or {@code null} */
    public CardId cardId() {
        return cardId;
    }

    /** @return where it goes: production or the sales office */
    public ProductRoute route() {
        return route;
    }

    /** @return its currency, the quote's */
    public Currency currency() {
        return currency;
    }

    /** @return its lines, in the quote's order */
    public List<OrderLine> lines() {
        return lines;
    }

    /**
     * The sum of the lines' totals, before taxes (the quote keeps its taxes; the host invoices the order's own).
     *
     * @return the subtotal at the currency's scale
     */
    public BigDecimal subtotal() {
        BigDecimal sum = BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits()));
        for (OrderLine line : lines) {
            sum = sum.add(line.total());
        }
        return sum;
    }

    /** @return the status: the last step's */
    public OrderStatus status() {
        return steps.get(steps.size() - 1).status();
    }

    /** @return the host's invoice reference once invoiced, otherwise {@code null} */
    public String invoiceReference() {
        return invoiceReference;
    }

    /** @return every step, oldest first: the placement, then each reported status */
    public List<OrderStep> steps() {
        return steps;
    }

    /** @return when it was placed */
    public Instant placedAt() {
        return steps.get(0).at();
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return steps.get(steps.size() - 1).at();
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Order other && id.equals(other.id) && number.equals(other.number)
                && quoteId.equals(other.quoteId) && quoteRevision == other.quoteRevision
                && accountId.equals(other.accountId) && Objects.equals(contactId, other.contactId)
                && Objects.equals(cardId, other.cardId) && route == other.route && currency.equals(other.currency)
                && lines.equals(other.lines) && Objects.equals(invoiceReference, other.invoiceReference)
                && steps.equals(other.steps) && version.equals(other.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Order[" + id + ", " + number + ", " + route + ", " + status() + ", v" + version + "]";
    }
}
