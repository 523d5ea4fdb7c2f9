package dev.crmkit;

import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.EventPublisher;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import org.hibernate.validator.HibernateValidator;

/**
 * Wires a {@link Crm}: a plain builder, no reflection, no container. Only the store is required.
 *
 * <ul>
 *   <li>{@link #store(CrmStore)}: the persistence adapter (required);
 *   <li>{@link #clock(Clock)}: where every use case reads "now" (default {@link Clock#systemUTC()});
 *   <li>{@link #eventPublisher(EventPublisher)}: who receives committed domain events (default: nobody);
 *   <li>{@link #eventDelivery(EventDelivery)}: when they are handed over (default after each commit);
 *   <li>{@link #validatorFactory(ValidatorFactory)}: the Bean Validation provider (default: a Hibernate
 *       Validator factory the {@code Crm} owns and closes).
 * </ul>
 */
public final class CrmBuilder {

    private CrmStore store;
    private Clock clock = Clock.systemUTC();
    private EventPublisher eventPublisher = EventPublisher.NONE;
    private EventDelivery eventDelivery = EventDelivery.AFTER_COMMIT;
    private ValidatorFactory validatorFactory;

    CrmBuilder() {}

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
     * Builds the {@code Crm}.
     *
     * @return the entry point
     * @throws InvalidCommandException naming the missing part when the store, clock, publisher or delivery is null
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
        problems.throwIfAny();
        ValidatorFactory owned = null;
        ValidatorFactory factory = validatorFactory;
        if (factory == null) {
            owned = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
            factory = owned;
        }
        EventRelay relay = new EventRelay(store, eventPublisher, eventDelivery);
        UseCases useCases = new UseCases(store, clock, new CommandValidation(factory), relay);
        return new Crm(useCases, relay, clock, owned);
    }
}
