package dev.crmkit.internal;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventMeta;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a use case runs with: its unit of work, the actor's tenant and user, one instant for the whole use
 * case, the actor's locale, and the events it records. A host-level use case has neither tenant record (it
 * may be creating it) nor user.
 */
public final class Context {

    /** The use case's unit of work. */
    public final UnitOfWork uow;
    /** The actor's tenant; {@code null} for a host-level use case. */
    public final Tenant tenant;
    /** The acting user; {@code null} for a host-level use case. */
    public final CrmUser user;
    /** The one instant of the whole use case. */
    public final Instant now;
    /** The locale of the use case's messages. */
    public final Locale locale;
    /** The names of what this use case loaded, for the history entries it writes. */
    public final HistoryNames names = new HistoryNames();
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Set<AccountId> deletedAccounts = new HashSet<>();

    /** A context for one run of a use case. */
    public Context(UnitOfWork uow, Tenant tenant, CrmUser user, Instant now, Locale locale) {
        this.uow = uow;
        this.tenant = tenant;
        this.user = user;
        this.now = now;
        this.locale = locale;
        names.user(user);
    }

    /** The metadata of a new event of this use case. */
    public EventMeta meta() {
        return new EventMeta(EventId.newId(), uow.tenantId(), user == null ? null : user.id(), now);
    }

    /** Records an event; it reaches the outbox if the use case completes. */
    public void record(DomainEvent event) {
        events.add(event);
    }

    /** The events recorded so far, in order. */
    public List<DomainEvent> events() {
        return events;
    }

    /** Runs an action once the unit of work has committed (cleaning up what lives outside the store). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** The actions to run once the unit of work has committed. */
    public List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    /** Marks an account deleted by this use case: its timeline is gone, nothing is added to it any more. */
    public void accountDeleted(AccountId accountId) {
        deletedAccounts.add(accountId);
    }

    /** Whether this use case deleted the account. */
    public boolean isDeleted(AccountId accountId) {
        return deletedAccounts.contains(accountId);
    }

    /** The accounts the actor may see. */
    public AccountAccess access() {
        return user.accountAccess();
    }

    /** Refuses the use case unless the actor administers the tenant. */
    public void requireAdmin() {
        if (!user.admin()) {
            throw new AccessDeniedException(AccessDeniedException.ADMIN_REQUIRED, null, user.id().value());
        }
    }

    /** Refuses a missing argument of a call that takes no command record. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidCommandException.single(field, "NotNull");
        }
        return value;
    }
}
