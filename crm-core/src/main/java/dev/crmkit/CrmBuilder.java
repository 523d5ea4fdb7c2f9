package dev.crmkit;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.event.EventDelivery;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.internal.CommandValidation;
import dev.crmkit.internal.Cursors;
import dev.crmkit.internal.EventRelay;
import dev.crmkit.internal.UseCases;
import dev.crmkit.quote.QuoteNumbering;
import dev.crmkit.spi.BalanceSource;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.OrderGateway;
import dev.crmkit.spi.MessageSender;
import dev.crmkit.internal.MessageHandOver;
import dev.crmkit.internal.OrderHandOver;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DocumentStore;
import dev.crmkit.spi.EventPublisher;
import dev.crmkit.spi.IdGenerator;
import dev.crmkit.spi.UseCaseObserver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;

/**
 * Wires a {@link Crm}: a plain builder, no reflection, no container. Only the store is required.
 *
 * <ul>
 *   <li>{@link #store(CrmStore)}: the persistence adapter (required);
 *   <li>{@link #clock(Clock)}: where every use case reads "now" (default {@link Clock#systemUTC()});
 *   <li>{@link #eventPublisher(EventPublisher)}: who receives committed domain events (default: nobody);
 *   <li>{@link #eventDelivery(EventDelivery)}: when they are handed over (default after each commit);
 *   <li>{@link #eventRetryPolicy(EventRetryPolicy)}: how a refused event is offered again, and when it is parked
 *       (default {@link EventRetryPolicy#DEFAULT});
 *   <li>{@link #validatorFactory(ValidatorFactory)}: the Bean Validation provider (default: a Hibernate
 *       Validator factory the {@code Crm} owns and closes);
 *   <li>{@link #documentStore(DocumentStore)}: where document bytes live (default: none, documents refused);
 *   <li>{@link #documentSizeLimit(long)}: the largest document accepted (default 20 MiB);
 *   <li>{@link #taxCalculator(TaxCalculator)}: where quotes' taxes come from (default: no tax);
 *   <li>{@link #orderGateway(OrderGateway)}: where new orders are handed after their conversion commits (default:
 *       none; orders are stored and announced through the event publisher only);
 *   <li>{@link #messageSender(MessageSender)}: where campaign messages are handed after their launch commits (default:
 *       none; members are stored and announced through the event publisher only);
 *   <li>{@link #quoteNumbering(QuoteNumbering)}: how quote numbers read (default {@code Q-000001}, ...);
 *   <li>{@link #cursorKey(byte[])}: the key page cursors are authenticated with (default: random, per {@code Crm});
 *   <li>{@link #idGenerator(IdGenerator)}: where the ids of created records come from (default: time-ordered UUIDs).
 * </ul>
 */
public final class CrmBuilder {

    private CrmStore store;
    private Clock clock = Clock.systemUTC();
    private EventPublisher eventPublisher = EventPublisher.NONE;
    private EventDelivery eventDelivery = EventDelivery.AFTER_COMMIT;
    private EventRetryPolicy eventRetryPolicy = EventRetryPolicy.DEFAULT;
    private ValidatorFactory validatorFactory;
    private DocumentStore documentStore = DocumentStore.NONE;
    private long documentSizeLimit = DEFAULT_DOCUMENT_SIZE_LIMIT;
    private BalanceSource balanceSource = BalanceSource.NONE;
    private TaxCalculator taxCalculator = TaxCalculator.NONE;
    private OrderGateway orderGateway = OrderGateway.NONE;
    private MessageSender messageSender = MessageSender.NONE;
    private QuoteNumbering quoteNumbering = QuoteNumbering.DEFAULT;
    private UseCaseObserver observer = UseCaseObserver.NONE;
    private byte[] cursorKey;
    private IdGenerator idGenerator;

    /** The largest document accepted unless {@link #documentSizeLimit(long)} says otherwise: 20 MiB. */
    public static final long DEFAULT_DOCUMENT_SIZE_LIMIT = 20L * 1024 * 1024;

    CrmBuilder() {}

    /**
     * Where document bytes live: {@code FileSystemDocumentStore}, the in-memory adapter's
     * {@code InMemoryDocumentStore}, or the host's own (an object store, say).
     *
     * @param newStore the document store
     * @return this builder
     */
    public CrmBuilder documentStore(DocumentStore newStore) {
        this.documentStore = newStore;
        return this;
    }

    /**
     * The largest document accepted, in bytes.
     *
     * @param bytes the limit, at least 1
     * @return this builder
     */
    public CrmBuilder documentSizeLimit(long bytes) {
        this.documentSizeLimit = bytes;
        return this;
    }

    /**
     * Where the agenda's payment-reminder rule learns about overdue balances (the host's billing). The default
     * reports none.
     *
     * @param source the source
     * @return this builder
     */
    public CrmBuilder balanceSource(BalanceSource source) {
        this.balanceSource = Objects.requireNonNull(source, "source");
        return this;
    }

    /**
     * Where quotes' taxes come from (the host's tax rules), asked only for taxable accounts. The default computes
     * none.
     *
     * @param calculator the calculator
     * @return this builder
     */
    public CrmBuilder taxCalculator(TaxCalculator calculator) {
        this.taxCalculator = Objects.requireNonNull(calculator, "calculator");
        return this;
    }

    /**
     * Where new orders go: after a quote's conversion commits, the event relay hands each of its orders to the
     * gateway, at least once (the host takes them idempotently by order id; see {@link OrderGateway}). The default,
     * {@link OrderGateway#NONE}, hands them to nothing: orders are stored, readable, and announced through the event
     * publisher.
     *
     * @param gateway the host's order gateway
     * @return this builder
     */
    public CrmBuilder orderGateway(OrderGateway gateway) {
        this.orderGateway = Objects.requireNonNull(gateway, "gateway");
        return this;
    }

    /**
     * Where campaign messages go: after a newsletter or an offer is launched, the event relay hands each member's
     * message to the sender, at least once (the host sends idempotently by member id; see {@link MessageSender}). The
     * default, {@link MessageSender#NONE}, sends nothing: members are stored and announced through the event publisher.
     *
     * @param sender the host's message sender
     * @return this builder
     */
    public CrmBuilder messageSender(MessageSender sender) {
        this.messageSender = Objects.requireNonNull(sender, "sender");
        return this;
    }

    /**
     * How quote numbers read and where each tenant's count starts. The default numbers {@code Q-000001},
     * {@code Q-000002}, ...
     *
     * @param numbering the numbering
     * @return this builder
     */
    public CrmBuilder quoteNumbering(QuoteNumbering numbering) {
        this.quoteNumbering = Objects.requireNonNull(numbering, "numbering");
        return this;
    }

    /**
     * The secret key the cursors of keyset pages are authenticated with (an HMAC-SHA-256), so a cursor a caller
     * forged or changed is refused as invalid input. By default each {@code Crm} draws a random key: its cursors
     * are good until it stops. Hosts that run several nodes behind one API, or that want cursors to survive a
     * restart, give every node the same key (32 random bytes kept with the host's other secrets).
     *
     * @param key 32 to 1,024 bytes; copied
     * @return this builder
     */
    public CrmBuilder cursorKey(byte[] key) {
        this.cursorKey = key == null ? null : key.clone();
        return this;
    }

    /**
     * Where the use cases take the ids of the records they create. Two {@code Crm}s given generators that return the
     * same sequence, the same clock and the same cursor key answer the same calls with equal results, whatever their
     * stores: that is how the stores are compared with each other.
     *
     * @param generator the generator, or null for the default time-ordered UUIDs
     * @return this builder
     */
    public CrmBuilder idGenerator(IdGenerator generator) {
        this.idGenerator = generator;
        return this;
    }

    /**
     * The persistence adapter.
     *
     * @param newStore the store
     * @return this builder
     */
    public CrmBuilder store(CrmStore newStore) {
        this.store = newStore;
        return this;
    }

    /**
     * Where every use case reads "now"; tests pass a fixed or stepping clock.
     *
     * @param newClock the clock
     * @return this builder
     */
    public CrmBuilder clock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    /**
     * Who receives committed domain events.
     *
     * @param newPublisher the publisher
     * @return this builder
     */
    public CrmBuilder eventPublisher(EventPublisher newPublisher) {
        this.eventPublisher = newPublisher;
        return this;
    }

    /**
     * When committed events are handed to the publisher.
     *
     * @param newDelivery the delivery mode
     * @return this builder
     */
    public CrmBuilder eventDelivery(EventDelivery newDelivery) {
        this.eventDelivery = newDelivery;
        return this;
    }

    /**
     * How an event the publisher refused is offered again, and after how many attempts it is parked.
     *
     * @param newPolicy the policy
     * @return this builder
     */
    public CrmBuilder eventRetryPolicy(EventRetryPolicy newPolicy) {
        this.eventRetryPolicy = newPolicy;
        return this;
    }

    /**
     * The Bean Validation provider commands are validated with (a Spring host passes its own). Whatever the
     * factory, messages come from the library's own bundles, in the actor's locale.
     *
     * @param newFactory the factory; the host keeps owning it
     * @return this builder
     */
    public CrmBuilder validatorFactory(ValidatorFactory newFactory) {
        this.validatorFactory = newFactory;
        return this;
    }

    /**
     * Observes every use-case call, for metrics and tracing (the Spring Boot starter's Micrometer observations); by
     * default nothing observes them.
     *
     * @param newObserver the observer
     * @return this builder
     */
    public CrmBuilder observer(UseCaseObserver newObserver) {
        this.observer = newObserver;
        return this;
    }

    /**
     * Builds the {@code Crm}.
     *
     * @return the entry point
     * @throws InvalidCommandException naming the missing part when the store, clock, publisher, delivery or retry policy
     *     is null, or the bad one when the document size limit or the cursor key is
     */
    public Crm build() {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("CrmBuilder");
        if (store == null) {
            problems.add("store", "NotNull");
        }
        if (clock == null) {
            problems.add("clock", "NotNull");
        }
        if (eventPublisher == null) {
            problems.add("eventPublisher", "NotNull");
        }
        if (eventDelivery == null) {
            problems.add("eventDelivery", "NotNull");
        }
        if (eventRetryPolicy == null) {
            problems.add("eventRetryPolicy", "NotNull");
        }
        if (documentStore == null) {
            problems.add("documentStore", "NotNull");
        }
        if (observer == null) {
            problems.add("observer", "NotNull");
        }
        if (documentSizeLimit < 1) {
            problems.add("documentSizeLimit", "Positive");
        }
        if (cursorKey != null && (cursorKey.length < Cursors.MIN_KEY_BYTES || cursorKey.length > Cursors.MAX_KEY_BYTES)) {
            problems.add("cursorKey", "Size",
                    Integer.toString(Cursors.MIN_KEY_BYTES), Integer.toString(Cursors.MAX_KEY_BYTES));
        }
        problems.throwIfAny();
        ValidatorFactory owned = null;
        ValidatorFactory factory = validatorFactory;
        if (factory == null) {
            owned = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
            factory = owned;
        }
        EventRelay relay = new EventRelay(store,
                OrderHandOver.around(store, orderGateway, MessageHandOver.around(store, messageSender, eventPublisher)), eventDelivery, eventRetryPolicy, clock);
        Cursors cursors = new Cursors(cursorKey != null ? cursorKey : Cursors.randomKey());
        UseCases useCases = new UseCases(store, clock, new CommandValidation(factory), relay, observer, cursors,
                idGenerator);
        return new Crm(useCases, relay, clock, owned, documentStore, documentSizeLimit, balanceSource, taxCalculator,
                quoteNumbering);
    }
}
