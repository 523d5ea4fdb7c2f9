package dev.crmkit.testkit;


import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.access.TenantAdministration;
import dev.crmkit.access.TenantSettings;
import dev.crmkit.access.UserAdministration;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.Accounts;
import dev.crmkit.agenda.Agenda;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaRules;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.casework.Cases;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.Catalogs;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.Contacts;
import dev.crmkit.document.Document;
import dev.crmkit.document.Documents;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventAdministration;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Cards;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Pipelines;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.product.PriceLists;
import dev.crmkit.product.Products;
import dev.crmkit.discount.DiscountPolicies;
import dev.crmkit.segment.Segments;
import dev.crmkit.quote.Quotes;
import dev.crmkit.order.Orders;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.relationship.Relationships;
import dev.crmkit.report.Reports;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.WriteCases.Call;
import dev.crmkit.testkit.WriteCases.WriteCase;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.Reporter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults never make a write lie. Every write use case of the API runs once cleanly, to count its steps, then once
 * per step with that step failing (the fault kinds taking turns), and once more with its commit failing. After each
 * fault exactly one of two things holds:
 *
 * <ul>
 *   <li>the call returned, and its change is stored (what it returned reads back, the tenant's contents changed)
 *       and its events were recorded (the same kinds as in the clean run);
 *   <li>it raised a {@link StoreException} or a {@link ConflictException}, the tenant's contents are exactly as
 *       before ({@link StoreContents}), no event was recorded, and the same call, made again without a fault,
 *       works.
 * </ul>
 *
 * A wrong answer ({@code NotFoundException} for a record that exists, {@code InvalidCommandException} for a good
 * command) fails the suite, and so does a success with nothing stored. A relay (the event administration's relay,
 * sweep and retry) hands events over before the outbox forgets them, so it is held to at least once instead: it
 * changes nothing but the outbox, and every event that left the outbox was handed to the publisher.
 *
 * <p>A database adapter gives its own hook ({@link #statementFaults()}), which fails the chosen JDBC statement or
 * commit the way the driver would. A store without one runs it at its port boundary: a {@link FaultyStore} around
 * {@link #store()} fails the chosen port call, or the commit, with what an adapter reports for the fault. Whether
 * anything changed is judged by what the store holds for the tenant ({@link StoreContents}), read before and after.
 */
public abstract class FaultInjectionContract extends CrmKitSupport {

    /** The use-case interfaces of the API, whose every public method is either written or only read. */
    private static final List<Class<?>> USE_CASES = List.of(TenantAdministration.class, TenantSettings.class,
            UserAdministration.class, Catalogs.class, Accounts.class, Contacts.class, Relationships.class, Documents.class,
            Pipelines.class, Cards.class, Agenda.class, AgendaRules.class, Reports.class, EventAdministration.class,
            Products.class, PriceLists.class, Quotes.class, Orders.class, Cases.class, dev.crmkit.consent.Consents.class,
            dev.crmkit.consent.OptOuts.class, Segments.class, DiscountPolicies.class,
            dev.crmkit.message.Messages.class, dev.crmkit.campaign.Campaigns.class, dev.crmkit.casework.Satisfaction.class,
            dev.crmkit.casework.SurveyAnswers.class, dev.crmkit.revenue.Revenue.class);

    /** The public methods of those interfaces that change nothing. */
    private static final Set<String> READS = Set.of("TenantAdministration.find", "TenantSettings.get",
            "UserAdministration.get", "UserAdministration.me", "UserAdministration.list", "Catalogs.get", "Catalogs.list",
            "Accounts.get", "Accounts.query", "Accounts.similarTo", "Accounts.profile", "Accounts.timeline", "Contacts.get",
            "Contacts.ofAccount", "Contacts.directory", "Relationships.of", "Documents.get", "Documents.open",
            "Documents.ofAccount", "Pipelines.ofUser", "Pipelines.get", "Pipelines.list", "Pipelines.history",
            "Pipelines.cardHistory", "Pipelines.savedFilters", "Pipelines.applyFilter", "Cards.openAttachment", "Cards.get",
            "Cards.board", "Cards.stage", "Agenda.get", "Agenda.ofAccount", "Agenda.tasks", "Agenda.settings",
            "Agenda.ofCase", "Agenda.openAttachment", "Satisfaction.survey", "Satisfaction.statistics",
            "Satisfaction.statisticsBy", "Satisfaction.trainingNeeds",
            "Reports.agenda", "Reports.agendaListing", "Reports.pipeline", "EventAdministration.backlog",
            "EventAdministration.parked", "Products.get", "Products.byCode", "Products.list", "PriceLists.get",
            "PriceLists.prices", "PriceLists.defaultPrice", "Quotes.get", "Quotes.revision", "Quotes.ofAccount",
            "Orders.get", "Orders.ofQuote", "Orders.ofAccount", "Orders.history",
            "Cases.openAttachment", "Cases.get", "Cases.forCustomer", "Cases.byNumber", "Cases.ofAccount", "Cases.history",
            "Cases.settings", "Cases.sla", "Cases.queue", "Cases.slaSettings", "Consents.current", "Consents.history",
            "Consents.check", "Consents.settings",
            "Segments.get", "Segments.list", "Segments.count", "Segments.preview",
            "DiscountPolicies.get", "DiscountPolicies.list", "DiscountPolicies.limits", "DiscountPolicies.history",
            "Messages.get", "Messages.ofAccount", "Messages.search",
            "Campaigns.get", "Campaigns.list", "Campaigns.members", "Campaigns.results", "Campaigns.history",
            "Revenue.ofCustomer", "Revenue.byMonth", "Revenue.estimate", "Revenue.forecast", "Revenue.profitability");

    /**
     * The store's own fault hook, when it has one: a database adapter returns a hook that fails the JDBC statements
     * and commits of {@link #store()} (its store built on a data source that can fail). The default has none, and the
     * suite fails the store's port calls instead.
     *
     * @return the hook, or {@code null}
     */
    protected FaultHook statementFaults() {
        return null;
    }

    @Example
    void givenTheUseCaseInterfaces_thenEveryMethodThatWritesIsFaulted() {
        Set<String> methods = new TreeSet<>();
        for (Class<?> useCase : USE_CASES) {
            for (Method method : useCase.getMethods()) {
                methods.add(useCase.getSimpleName() + "." + method.getName());
            }
        }
        Set<String> faulted = WriteCases.all().stream().map(WriteCase::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(faulted).as("faulted use cases are API methods").isSubsetOf(methods);
        assertThat(methods).as("every method is faulted or only reads")
                .containsExactlyInAnyOrderElementsOf(union(faulted, READS));
    }

    @Example
    void givenEveryWriteUseCase_whenEachOfItsStepsAndItsCommitFail_thenItDidEverythingOrNothingAndSaidWhich(Reporter reporter) {
        FaultHook own = statementFaults();
        FaultyStore ports = own == null ? new FaultyStore(store()) : null;
        FaultHook hook = own != null ? own : ports;
        Tally tally = run(own != null ? store() : ports, hook);

        tally.report(reporter, hook.step() + "s");
        assertThat(tally.problems).as("faults that made a call lie").isEmpty();
        assertThat(tally.fired).as("faults injected").isGreaterThan(WriteCases.all().size() * 5);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Runs every use case under every fault of a hook, on a store whose steps the hook counts. */
    private Tally run(CrmStore target, FaultHook hook) {
        Tally tally = new Tally();
        long start = System.nanoTime();
        // A refused event is offered again once, then parked: the event administration's cases need both kinds.
        EventRetryPolicy retries = new EventRetryPolicy(2, Duration.ofSeconds(FaultWorld.RETRY_DELAY_SECONDS),
                Duration.ofSeconds(FaultWorld.RETRY_DELAY_SECONDS));
        try (Crm crm = Crm.builder().store(target).documentStore(documentStore()).clock(clock).eventPublisher(published)
                .eventRetryPolicy(retries).build()) {
            List<Fault> kinds = hook.faults();
            int turn = 0;
            for (WriteCase useCase : WriteCases.all()) {
                tally.useCases++;
                // The clean run: how many steps the call makes, and what events it records.
                FaultWorld world = new FaultWorld(() -> newTenant(crm), clock, published);
                Call clean = prepare(world, useCase);
                Observed before = observe(crm, clean);
                hook.count();
                Object result;
                FaultHook.Shot shot;
                try {
                    result = clean.run().get();
                } finally {
                    shot = hook.disarm();
                }
                tally.calls++;
                // Saved filters, a user's own preferences, record none; every other write records at least one.
                List<String> eventKinds = kinds(eventsSince(crm, clean, before));
                assertThat(observe(crm, clean)).as("%s changes something", useCase.name()).isNotEqualTo(before);
                readBack(clean, result);
                for (int step = 1; step <= shot.steps() + 1; step++) {
                    Fault fault = kinds.get(turn++ % kinds.size());
                    boolean commit = step > shot.steps();
                    String where = "%s, %s %d of %d failing with %s".formatted(
                            useCase.name(), commit ? "the commit after step" : hook.step(), commit ? step - 1 : step, shot.steps(), fault);
                    Call call = prepare(world, useCase);
                    faulted(crm, tally, hook, call, step, commit, fault, where, eventKinds);
                }
            }
        }
        tally.seconds = (System.nanoTime() - start) / 1e9;
        return tally;
    }

    private void faulted(Crm crm, Tally tally, FaultHook hook, Call call, int step, boolean commit, Fault fault,
            String where, List<String> eventKinds) {
        Observed before = observe(crm, call);
        if (commit) {
            hook.armCommit(fault);
        } else {
            hook.arm(step, fault);
        }
        Object result = null;
        Throwable failure = null;
        FaultHook.Shot shot;
        try {
            result = call.run().get();
        } catch (RuntimeException | AssertionError e) {
            failure = e;
        } finally {
            shot = hook.disarm();
        }
        tally.calls++;
        if (shot.fired()) {
            tally.fired++;
            tally.byFault.merge(fault, 1, Integer::sum);
            if (commit) {
                tally.commits++;
            }
        } else {
            tally.notFired++;
        }
        // A call that returned may have had its relay stopped by the fault: what it committed is relayed now. A call
        // that failed committed nothing, and whatever it was to deliver (an event administration's call) must still wait.
        List<DomainEvent> events = eventsSince(failure == null ? crm : null, call, before);
        Observed after = observe(crm, call);
        if (call.delivers()) {
            delivered(tally, where, failure, before, after, events);
            if (failure == null) {
                return;
            }
        } else if (failure == null) {
            tally.succeeded++;
            if (after.equals(before)) {
                tally.problem(where, "returned, but nothing was stored");
            }
            if (!kinds(events).equals(eventKinds)) {
                tally.problem(where, "returned, but recorded the events " + kinds(events) + " instead of " + eventKinds);
            }
            Object returned = result;
            check(tally, where, () -> readBack(call, returned));
            return;
        }
        if (!(failure instanceof StoreException) && !(failure instanceof ConflictException)) {
            tally.problem(where, "raised " + failure);
            return;
        }
        tally.failed++;
        if (!call.delivers() && !after.equals(before)) {
            tally.problem(where, "raised " + failure.getClass().getSimpleName() + ", but changed the tenant's contents"
                    + before.contents().differencesFrom(after.contents()));
        }
        if (!call.delivers() && !events.isEmpty()) {
            tally.problem(where, "raised " + failure.getClass().getSimpleName() + ", but recorded " + kinds(events));
        }
        check(tally, where + ", then the same call without a fault", () -> {
            Object again = call.run().get();
            tally.calls++;
            readBack(call, again);
        });
    }

    /**
     * A relay, faulted or not, delivers at least once and loses nothing: it changes nothing but the outbox, every event
     * it handed over was in the outbox, and every event that left the outbox was handed over. An event handed over
     * whose removal the fault stopped is still there, and comes again.
     */
    private static void delivered(Tally tally, String where, Throwable failure, Observed before, Observed after,
            List<DomainEvent> events) {
        if (failure == null) {
            tally.succeeded++;
        }
        if (!after.contents().withoutOutbox().equals(before.contents().withoutOutbox())) {
            tally.problem(where, "relayed events, but changed more than the outbox"
                    + before.contents().withoutOutbox().differencesFrom(after.contents().withoutOutbox()));
        }
        Set<dev.crmkit.common.EventId> was = ids(before.contents().outbox().stream().map(e -> e.event()).toList());
        Set<dev.crmkit.common.EventId> is = ids(after.contents().outbox().stream().map(e -> e.event()).toList());
        Set<dev.crmkit.common.EventId> handed = ids(events);
        if (!was.containsAll(is)) {
            tally.problem(where, "relayed events, and the outbox gained some");
        }
        for (dev.crmkit.common.EventId gone : was) {
            if (!is.contains(gone) && !handed.contains(gone)) {
                tally.problem(where, "relayed events, and lost " + gone + " without handing it over");
            }
        }
        if (!was.containsAll(handed)) {
            tally.problem(where, "handed over an event the outbox did not hold");
        }
    }

    private static Set<dev.crmkit.common.EventId> ids(List<DomainEvent> events) {
        return events.stream().map(e -> e.meta().eventId()).collect(Collectors.toSet());
    }

    private static void check(Tally tally, String where, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | AssertionError e) {
            tally.problem(where, e.toString());
        }
    }

    private static Call prepare(FaultWorld world, WriteCase useCase) {
        return useCase.prepare().apply(world);
    }

    private static TestTenant newTenant(Crm crm) {
        TenantId id = uniqueTenantId();
        UserId admin = UserId.of("admin");
        crm.tenants().create(new CreateTenant(id, "Tenant " + id.value(), ZoneId.of("America/Sao_Paulo"), Locale.ENGLISH,
                "Partner", admin, "Admin"));
        return new TestTenant(crm, id, admin);
    }

    /** What a call may change, and how many of its tenant's events were recorded so far. */
    private record Observed(StoreContents contents, Object also, int events) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Observed o && contents.equals(o.contents) && Objects.equals(also, o.also);
        }

        @Override
        public int hashCode() {
            return contents.hashCode();
        }
    }

    private Observed observe(Crm crm, Call call) {
        return new Observed(StoreContents.of(store(), call.tenant().id()), call.alsoObserved() == null ? null : call.alsoObserved().get(),
                published.eventsOf(call.eventsOf()).size());
    }

    /**
     * The events handed to the publisher since, once whatever committed has been relayed when a {@code Crm} to relay
     * with is given.
     */
    private List<DomainEvent> eventsSince(Crm relaying, Call call, Observed before) {
        if (relaying != null) {
            relaying.relayEvents();
        }
        List<DomainEvent> all = published.eventsOf(call.eventsOf());
        return all.subList(before.events(), all.size());
    }

    /**
     * The kinds of some events, each event once: delivery is at least once, so an event whose delivery was not
     * marked (a fault in the relay) comes again with the same id.
     */
    private static List<String> kinds(List<DomainEvent> events) {
        Map<dev.crmkit.common.EventId, DomainEvent> once = new java.util.LinkedHashMap<>();
        events.forEach(e -> once.putIfAbsent(e.meta().eventId(), e));
        return once.values().stream().map(e -> e.getClass().getSimpleName()).sorted().toList();
    }

    /** What a write returned is what is stored now. */
    private static void readBack(Call call, Object result) {
        CrmSession admin = call.tenant().admin();
        if (result instanceof List<?> many) {
            many.forEach(one -> readBack(call, one));
        } else if (result instanceof AccountCreation creation) {
            readBack(call, creation.account());
        } else if (result instanceof AgendaConclusion conclusion) {
            readBack(call, conclusion.concluded());
            conclusion.nextOccurrence().ifPresent(next -> readBack(call, next));
        } else if (result instanceof Account account) {
            assertThat(admin.accounts().get(account.id())).as("stored account").isEqualTo(account);
        } else if (result instanceof AccountId id) {
            assertThat(admin.accounts().get(id).id()).as("stored account").isEqualTo(id);
        } else if (result instanceof Card card) {
            assertThat(admin.cards().get(card.id())).as("stored card").isEqualTo(card);
        } else if (result instanceof Pipeline pipeline) {
            assertThat(admin.pipelines().get(pipeline.id())).as("stored pipeline").isEqualTo(pipeline);
        } else if (result instanceof CatalogEntry entry) {
            assertThat(admin.catalogs().get(entry.id())).as("stored catalog entry").isEqualTo(entry);
        } else if (result instanceof CrmUser user) {
            assertThat(admin.users().get(user.id())).as("stored user").isEqualTo(user);
        } else if (result instanceof Tenant tenant) {
            assertThat(call.tenant().crm().tenants().find(tenant.id())).as("stored tenant").contains(tenant);
        } else if (result instanceof Contact contact) {
            assertThat(admin.contacts().get(contact.id())).as("stored contact").isEqualTo(contact);
        } else if (result instanceof Document document) {
            assertThat(admin.documents().get(document.id())).as("stored document").isEqualTo(document);
        } else if (result instanceof AgendaEntry entry) {
            assertThat(admin.agenda().get(entry.id())).as("stored agenda entry").isEqualTo(entry);
        } else if (result instanceof AgendaSettings settings) {
            assertThat(admin.agenda().settings()).as("stored agenda settings").isEqualTo(settings);
        } else if (result instanceof Relationship relationship) {
            assertThat(admin.relationships().of(relationship.from())).as("stored relationship")
                    .anyMatch(r -> r.relationshipId().equals(relationship.id()));
        } else if (result instanceof SavedFilter filter) {
            assertThat(admin.pipelines().savedFilters(filter.pipelineId())).as("stored filter").contains(filter);
        }
    }

    /** The counts of a run, and every lie it caught. */
    private static final class Tally {

        int useCases;
        int calls;
        int fired;
        int commits;
        int notFired;
        int succeeded;
        int failed;
        double seconds;
        final Map<Fault, Integer> byFault = new EnumMap<>(Fault.class);
        final List<String> problems = new ArrayList<>();

        void problem(String where, String what) {
            problems.add(where + ": " + what);
        }

        void report(Reporter reporter, String steps) {
            reporter.publishValue("fault injection (" + steps + ")", ("%d use cases, %d %s and commits faulted (%d of them"
                    + " commits; by fault %s), %d armed past the call's last step, %d calls made: %d faulted calls returned,"
                    + " %d raised StoreException or ConflictException; %.1f s").formatted(useCases, fired, steps, commits,
                    byFault, notFired, calls, succeeded, failed, seconds));
        }
    }
}
