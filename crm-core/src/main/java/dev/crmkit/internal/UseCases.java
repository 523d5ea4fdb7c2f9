package dev.crmkit.internal;

import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.IdSource;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.PipelineHistoryEvent;
import dev.crmkit.event.TimelineEvent;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.HostTransaction;
import dev.crmkit.spi.IdGenerator;
import dev.crmkit.spi.TenantAndUser;
import dev.crmkit.spi.TimelineRecord;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UseCaseObserver;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every use case the same way: one unit of work for the actor's tenant; the actor resolved (unknown or
 * inactive users can do nothing); the command validated in the actor's locale; the events written to the
 * outbox with the changes and relayed after the commit; every error localized before it leaves.
 *
 * <p>A write runs again, from the start and on the fresh state, when the store gave its unit of work up to a
 * concurrent one (a deadlock, a serialization failure: nothing of it was stored), and once when a unique key it
 * wrote had just been taken, so that its own checks report the duplicate as they would have without the race.
 * A delta (a change applied to the current state, with no expected version) also runs again when a concurrent
 * writer made its write stale.
 */
public final class UseCases {

    private static final Logger LOG = LoggerFactory.getLogger(UseCases.class);
    // Each round lets at least one of N concurrent writers through: 10 covers the kit's 4-writer contract and its 16
    // writers relating two accounts both ways on a database with margin.
    private static final int ATTEMPTS = 10;

    /** The longest pause before another attempt after a deadlock or a serialization failure, in milliseconds. */
    private static final int MAX_BACKOFF_MILLIS = 64;

    private final CrmStore store;
    private final Clock clock;
    private final CommandValidation validation;
    private final EventRelay relay;
    private final UseCaseObserver observer;
    private final Cursors cursors;
    private final IdGenerator ids;

    /** A runner over a store, with its clock, validation, relay, observer and cursors; ids are time-ordered UUIDs. */
    public UseCases(CrmStore store, Clock clock, CommandValidation validation, EventRelay relay, UseCaseObserver observer,
            Cursors cursors) {
        this(store, clock, validation, relay, observer, cursors, null);
    }

    /** A runner over a store, with its clock, validation, relay, observer, cursors and id generator (null: the default). */
    public UseCases(CrmStore store, Clock clock, CommandValidation validation, EventRelay relay, UseCaseObserver observer,
            Cursors cursors, IdGenerator ids) {
        this.ids = ids;
        this.store = store;
        this.clock = clock;
        this.validation = validation;
        this.relay = relay;
        this.observer = observer;
        this.cursors = cursors;
    }

    /** The host's observer of use-case calls. */
    public UseCaseObserver observer() {
        return observer;
    }

    /** The cursors of this {@code Crm}'s listings, authenticated with its key. */
    public Cursors cursors() {
        return cursors;
    }

    /** Runs a use case that changes something, after validating its command. */
    public <R> R write(Caller actor, Object command, Function<Context, R> body) {
        return retried(false, joined -> run(actor, command, true, TransactionMode.READ_WRITE, body, joined));
    }

    /** Runs a use case that changes something and takes no command record (its arguments are checked by the body). */
    public <R> R write(Caller actor, Function<Context, R> body) {
        return retried(false, joined -> run(actor, null, false, TransactionMode.READ_WRITE, body, joined));
    }

    /**
     * Runs a use case that applies a change to the current state (a delta, with no expected version). When a
     * concurrent writer makes the store refuse the write as stale, the use case runs again on the fresh state:
     * a delta recomputed from the current state overwrites nothing.
     */
    public <R> R writeDelta(Caller actor, Object command, Function<Context, R> body) {
        return retried(true, joined -> run(actor, command, true, TransactionMode.READ_WRITE, body, joined));
    }

    /** Runs a delta that takes no command record (its arguments are checked by the body). */
    public <R> R writeDelta(Caller actor, Function<Context, R> body) {
        return retried(true, joined -> run(actor, null, false, TransactionMode.READ_WRITE, body, joined));
    }

    /**
     * Runs a write, again when a conflict says another attempt can succeed: nothing of a refused attempt was stored,
     * and the next one starts from the state as it is then, so it overwrites nothing it did not see. Inside a host's
     * transaction it does not: the conflict goes to the host, which retries its whole transaction
     * ({@link HostTransaction}).
     *
     * @param write one attempt; its argument receives the host's transaction the attempt joined, if it did
     */
    private <R> R retried(boolean delta, Function<HostTransaction[], R> write) {
        for (int attempt = 1; ; attempt++) {
            HostTransaction[] joined = {null};
            try {
                return write.apply(joined);
            } catch (ConflictException e) {
                if (joined[0] != null || attempt >= ATTEMPTS || !worthAnotherAttempt(e, delta, attempt)) {
                    throw e;
                }
                observer.retried(e);
            }
        }
    }

    private static boolean worthAnotherAttempt(ConflictException e, boolean delta, int attempt) {
        return switch (e.code()) {
            case ConflictException.CONCURRENT_WRITE -> pause(attempt);
            case ConflictException.STALE_VERSION -> delta;
            // Once: the key's holder has committed, and the use case's own check now names the duplicate.
            case ConflictException.DUPLICATE -> attempt == 1;
            default -> false;
        };
    }

    /**
     * Waits a random moment before another attempt after a deadlock or a serialization failure, so the writers that
     * collided do not collide again in step.
     *
     * @return whether to try again (not when the thread was interrupted)
     */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, Math.min(MAX_BACKOFF_MILLIS, 1 << attempt) + 1));
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a use case that only reads, after validating its command (for checks before work outside the store). */
    public <R> R read(Caller actor, Object command, Function<Context, R> body) {
        return run(actor, command, true, TransactionMode.READ_ONLY, body);
    }

    /** Runs a use case that only reads. */
    public <R> R read(Caller actor, Function<Context, R> body) {
        return run(actor, null, false, TransactionMode.READ_ONLY, body);
    }

    /**
     * Runs a host-level use case (no acting user) for a tenant that may not exist yet; its context has
     * neither tenant nor user, and its messages are in English. The tenant is taken from the command once it
     * is valid.
     */
    public <C, R> R host(C command, Function<C, TenantId> tenantOf, Function<Context, R> body) {
        return retried(false, joined -> hostOnce(command, tenantOf, body, joined));
    }

    private <C, R> R hostOnce(C command, Function<C, TenantId> tenantOf, Function<Context, R> body, HostTransaction[] joined) {
        boolean[] events = {false};
        try {
            validation.validate(command);
            TenantId tenantId = tenantOf.apply(command);
            R result = inTransaction(tenantId, TransactionMode.READ_WRITE, uow -> {
                joined[0] = uow.hostTransaction().orElse(null);
                Context context = new Context(uow, null, null, now(), Locale.ROOT);
                R r = body.apply(context);
                events[0] = flush(context);
                return r;
            });
            whenCommitted(tenantId, joined[0], null, events[0]);
            return result;
        } catch (CrmException e) {
            throw e.localize(Locale.ROOT);
        }
    }

    /**
     * Runs a host-level use case on an existing tenant, with no acting user, at a given instant (the agenda
     * rules judge and stamp their entries by the instant the host runs them at). Messages are in English.
     */
    public <R> R onTenant(TenantId tenantId, Instant at, TransactionMode mode, Function<Context, R> body) {
        return mode == TransactionMode.READ_WRITE
                ? retried(false, joined -> onTenantOnce(tenantId, at, mode, body, joined))
                : onTenantOnce(tenantId, at, mode, body, new HostTransaction[1]);
    }

    private <R> R onTenantOnce(TenantId tenantId, Instant at, TransactionMode mode, Function<Context, R> body,
            HostTransaction[] joined) {
        boolean[] events = {false};
        try {
            R result = inTransaction(tenantId, mode, uow -> {
                joined[0] = uow.hostTransaction().orElse(null);
                Tenant tenant = uow.tenant().find().orElseThrow(() -> new NotFoundException("tenant", "tenantId", tenantId.value()));
                Context context = new Context(uow, tenant, null, at.truncatedTo(ChronoUnit.MICROS), Locale.ROOT);
                R r = body.apply(context);
                events[0] = flush(context);
                return r;
            });
            whenCommitted(tenantId, joined[0], null, events[0]);
            return result;
        } catch (CrmException e) {
            throw e.localize(Locale.ROOT);
        }
    }

    /** Runs a host-level read. */
    public <R> R hostRead(TenantId tenantId, Function<UnitOfWork, R> body) {
        return hostWork(tenantId, TransactionMode.READ_ONLY, body);
    }

    /** Runs host-level work on a tenant's store, with no acting user; messages are in English. */
    public <R> R hostWork(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, R> body) {
        try {
            return inTransaction(tenantId, mode, body);
        } catch (CrmException e) {
            throw e.localize(Locale.ROOT);
        }
    }

    /** The clock every use case reads its instant from. */
    public Clock clock() {
        return clock;
    }

    /**
     * The instant of a use case, at microsecond precision: PostgreSQL keeps microseconds, so every adapter
     * stores and returns exactly the instant the core saw.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A unit of work of the store, whose ids come from this {@code Crm}'s generator when it has one. */
    private <R> R inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, R> work) {
        if (ids == null) {
            return store.inTransaction(tenantId, mode, work);
        }
        return IdSource.generatedBy(ids::next, () -> store.inTransaction(tenantId, mode, work));
    }

    private <R> R run(Caller actor, Object command, boolean validate, TransactionMode mode, Function<Context, R> body) {
        return run(actor, command, validate, mode, body, new HostTransaction[1]);
    }

    /** Runs a use case; {@code joined} receives the host's transaction the unit of work joined, if it did. */
    private <R> R run(Caller actor, Object command, boolean validate, TransactionMode mode, Function<Context, R> body,
            HostTransaction[] joined) {
        Locale[] locale = {actor.locale()};
        boolean[] events = {false};
        Context[] committed = {null};
        try {
            R result = inTransaction(actor.tenantId(), mode, uow -> {
                joined[0] = uow.hostTransaction().orElse(null);
                TenantAndUser records = uow.tenantAndUser(actor.userId());
                Tenant tenant = records.tenant().orElseThrow(() -> unknownActor(actor));
                locale[0] = actor.locale() != null ? actor.locale() : tenant.defaultLocale();
                CrmUser user = records.user().orElseThrow(() -> unknownActor(actor));
                // The call's own language first, then the user's, then the tenant's.
                if (actor.locale() == null && user.locale().isPresent()) {
                    locale[0] = user.locale().get();
                }
                if (!user.active()) {
                    throw new AccessDeniedException(AccessDeniedException.INACTIVE_USER, null, user.id().value());
                }
                if (validate) {
                    validation.validate(command);
                }
                Context context = new Context(uow, tenant, user, now(), locale[0]);
                R r = body.apply(context);
                events[0] = flush(context);
                committed[0] = context;
                return r;
            });
            whenCommitted(actor.tenantId(), joined[0], committed[0], events[0]);
            return result;
        } catch (CrmException e) {
            throw e.localize(locale[0]);
        }
    }

    /**
     * Writes the context's events to its unit of work's outbox, the account-related ones to those accounts'
     * timelines and the pipeline-related ones, one entry per changed field, to the pipelines' histories; tells
     * whether there were any.
     */
    private static boolean flush(Context context) {
        if (context.events().isEmpty()) {
            return false;
        }
        // The names of the time first: the timeline and the pipelines' histories both keep them.
        Map<PipelineId, List<FieldChange>> changed = new HashMap<>();
        Set<UserId> users = new HashSet<>();
        for (DomainEvent event : context.events()) {
            if (event instanceof PipelineHistoryEvent inHistory) {
                changed.computeIfAbsent(inHistory.pipelineId(), id -> new ArrayList<>()).addAll(inHistory.changes());
            } else if (event instanceof AccountEvent.ResponsiblesChanged e) {
                users.addAll(e.added());
                users.addAll(e.removed());
            } else if (event instanceof TimelineEvent) {
                HistoryNames.usersIn(HistoryNames.changesOf(event), users);
            }
        }
        if (!changed.isEmpty() || !users.isEmpty()) {
            context.names.loadMissing(context, changed, users);
        }
        List<TimelineRecord> timeline = new ArrayList<>();
        for (DomainEvent event : context.events()) {
            if (event instanceof TimelineEvent onTimeline) {
                Map<String, String> mentioned = null;
                for (AccountId account : onTimeline.timelineAccounts()) {
                    if (!context.isDeleted(account)) {
                        mentioned = mentioned == null ? context.names.mentioned(event) : mentioned;
                        timeline.add(new TimelineRecord(account, event, context.names.user(event.meta().actor()), mentioned));
                    }
                }
            }
        }
        if (!timeline.isEmpty()) {
            context.uow.timeline().append(timeline);
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (DomainEvent event : context.events()) {
            if (event instanceof PipelineHistoryEvent inHistory) {
                List<FieldChange> changes = inHistory.changes();
                String actorName = context.names.user(event.meta().actor());
                for (int i = 0; i < changes.size(); i++) {
                    FieldChange change = changes.get(i);
                    history.add(HistoryEntry.stored(HistoryEntryId.newId(), inHistory.pipelineId(), inHistory.historyCardId(),
                            event.meta().eventId(), i, event.meta().actor(), actorName, event.meta().occurredAt(),
                            change.field(), change.oldValue(), change.newValue(),
                            context.names.nameOf(change.field(), change.oldValue()),
                            context.names.nameOf(change.field(), change.newValue())));
                }
            }
        }
        if (!history.isEmpty()) {
            context.uow.pipelineHistory().append(history);
        }
        context.uow.outbox().append(context.events());
        return true;
    }

    /**
     * Runs what follows a commit (the use case's clean-ups, then the event relay when it recorded events): now, when
     * the store committed the unit of work itself, or once the host's transaction it joined has committed (never,
     * when that rolls back: the events rolled back with it).
     */
    private void whenCommitted(TenantId tenantId, HostTransaction joined, Context context, boolean events) {
        Runnable committed = () -> {
            if (context != null) {
                afterCommit(context);
            }
            if (events) {
                relay.afterCommit(tenantId);
            }
        };
        if (joined == null) {
            committed.run();
        } else if (events || (context != null && !context.afterCommitActions().isEmpty())) {
            joined.afterCommit(committed);
        }
    }

    /** Runs what the committed use case left to do outside the store; a failure there is only logged. */
    private static void afterCommit(Context context) {
        for (Runnable action : context.afterCommitActions()) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("A clean-up after a committed use case failed; the use case itself succeeded", e);
            }
        }
    }

    private static AccessDeniedException unknownActor(Caller actor) {
        // The same answer for an unknown tenant and for a user of another tenant: nothing leaks.
        return new AccessDeniedException(
                AccessDeniedException.UNKNOWN_ACTOR, null, actor.tenantId().value(), actor.userId().value());
    }
}
