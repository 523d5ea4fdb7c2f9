package dev.crmkit;

import dev.crmkit.access.AccessWiring;
import dev.crmkit.access.TenantAdministration;
import dev.crmkit.agenda.AgendaRules;
import dev.crmkit.agenda.AgendaWiring;
import dev.crmkit.consent.OptOuts;
import dev.crmkit.casework.CaseWiring;
import dev.crmkit.casework.SurveyAnswers;
import dev.crmkit.consent.ConsentWiring;
import dev.crmkit.event.EventAdministration;
import dev.crmkit.event.EventDelivery;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.EventRelay;
import dev.crmkit.internal.EventServices;
import dev.crmkit.internal.Observed;
import dev.crmkit.internal.UseCases;
import dev.crmkit.quote.QuoteNumbering;
import dev.crmkit.spi.BalanceSource;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.DocumentStore;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;

/**
 * The entry point of CRM Kit. Build one per store with {@link #builder()}, then act for a user with
 * {@link #as(Actor)}:
 *
 * <pre>{@code
 * Crm crm = Crm.builder().store(new InMemoryCrmStore()).build();
 * crm.tenants().create(new CreateTenant(TenantId.of("acme"), "ACME", ZoneId.of("America/Sao_Paulo"),
 *         Locale.forLanguageTag("pt-BR"), "Parceiro", UserId.of("ana"), "Ana"));
 * CrmSession ana = crm.as(Actor.of("acme", "ana"));
 * }</pre>
 *
 * <p>A {@code Crm} holds no static state: two instances in one JVM are fully independent. It is thread-safe;
 * share one per store.
 */
public final class Crm implements AutoCloseable {

    private final UseCases useCases;
    private final EventRelay relay;
    private final Clock clock;
    private final TenantAdministration tenants;
    private final ValidatorFactory ownedValidatorFactory;
    private final DocumentStore documentStore;
    private final long documentSizeLimit;
    private final TaxCalculator taxCalculator;
    private final QuoteNumbering quoteNumbering;
    private final AgendaRules agendaRules;
    private final EventAdministration events;
    private final OptOuts optOuts;
    private final SurveyAnswers surveyAnswers;

    Crm(UseCases useCases, EventRelay relay, Clock clock, ValidatorFactory ownedValidatorFactory, DocumentStore documentStore,
            long documentSizeLimit, BalanceSource balanceSource, TaxCalculator taxCalculator, QuoteNumbering quoteNumbering) {
        this.useCases = useCases;
        this.relay = relay;
        this.clock = clock;
        this.tenants = Observed.wrap(TenantAdministration.class, AccessWiring.tenants(useCases), useCases.observer());
        this.ownedValidatorFactory = ownedValidatorFactory;
        this.documentStore = documentStore;
        this.documentSizeLimit = documentSizeLimit;
        this.taxCalculator = taxCalculator;
        this.quoteNumbering = quoteNumbering;
        this.agendaRules = Observed.wrap(AgendaRules.class, AgendaWiring.rules(useCases, balanceSource), useCases.observer());
        this.events = new EventServices(useCases, relay);
        this.optOuts = Observed.wrap(OptOuts.class, ConsentWiring.optOuts(useCases), useCases.observer());
        this.surveyAnswers = Observed.wrap(SurveyAnswers.class, CaseWiring.surveyAnswers(useCases), useCases.observer());
    }

    /**
     * The agenda rules, for the host's scheduler: {@code crm.agendaRules().run(tenantId, crm.clock().instant())}.
     *
     * @return the agenda rules
     */
    public AgendaRules agendaRules() {
        return agendaRules;
    }

    /**
     * Starts building a {@code Crm}.
     *
     * @return a new builder
     */
    public static CrmBuilder builder() {
        return new CrmBuilder();
    }

    /**
     * The API acting for one actor. Creating it is cheap and checks nothing yet; every call checks the actor.
     *
     * @param actor the tenant, user and locale
     * @return the API for that actor
     */
    public CrmSession as(Actor actor) {
        return new CrmSession(useCases, Context.required(actor, "actor"), documentStore, documentSizeLimit, taxCalculator,
                quoteNumbering);
    }

    /**
     * Host-level administration of tenants (no acting user; messages in English).
     *
     * @return the tenant administration
     */
    public TenantAdministration tenants() {
        return tenants;
    }

    /**
     * Host-level control of event delivery: the scheduled sweep, each tenant's backlog, and the parked events a
     * host lists, retries or discards.
     *
     * @return the event administration
     */
    public EventAdministration events() {
        return events;
    }

    /**
     * The opt-outs of messages' recipients, for the host's unsubscribe link: {@code crm.optOuts().optOut(token)} with
     * the token the message carried; no acting user.
     *
     * @return the opt-outs
     */
    public OptOuts optOuts() {
        return optOuts;
    }

    /**
     * The answers to satisfaction surveys, for the host's survey link or form:
     * {@code crm.surveyAnswers().answer(new AnswerSurvey(token, 5, 9, "Quick"))} with the token the
     * {@code SurveyIssued} event carried; no acting user.
     *
     * @return the survey answers
     */
    public SurveyAnswers surveyAnswers() {
        return surveyAnswers;
    }

    /**
     * Sweeps the outbox of every tenant now: {@code events().sweep().delivered()}. With
     * {@link EventDelivery#AFTER_COMMIT} each commit relays its tenant's events anyway; call it from your scheduler
     * to deliver what a crash left behind and the retries that have come due, and with {@link EventDelivery#MANUAL}
     * it is the relay itself. It is the one operation that reads the outbox across tenants.
     *
     * @return how many events were handed over
     */
    public int relayEvents() {
        return events.sweep().delivered();
    }

    /**
     * The clock every use case reads its instant from.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /** Releases what the {@code Crm} itself created (its validator factory). The store stays open: it is the host's. */
    @Override
    public void close() {
        if (ownedValidatorFactory != null) {
            ownedValidatorFactory.close();
        }
    }
}
