package dev.crmkit.access;

import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.Changed;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.event.UserEvent;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import java.util.Comparator;
import java.util.List;

/** {@link UserAdministration} for one actor. */
final class UserService implements UserAdministration {

    private static final Comparator<CrmUser> BY_NAME =
            Comparator.comparing((CrmUser u) -> Text.fold(u.displayName())).thenComparing(u -> u.id().value());

    private final UseCases useCases;
    private final Caller actor;

    UserService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public CrmUser create(CreateUser command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("CreateUser");
            if (context.uow.users().findById(command.userId()).isPresent()) {
                problems.add("userId", "Unique");
            }
            CatalogReferences.check(context, problems, "teamId", command.teamId(), CatalogKind.TEAM, null);
            problems.throwIfAny();
            CrmUser user = context.uow.users().insert(CrmUser.create(
                    command.userId(), command.displayName(), command.teamId(), command.scope(), command.admin(), command.locale(),
                    context.now));
            context.record(new UserEvent.UserCreated(
                    context.meta(), user.id(), user.displayName(), command.teamId(), user.scope(), user.admin()));
            return user;
        });
    }

    @Override
    public CrmUser update(UpdateUser command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            CrmUser current = load(context, command.userId());
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("user", current.id(), command.expectedVersion(), current.version());
            }
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdateUser");
            CatalogReferences.check(
                    context, problems, "teamId", command.teamId(), CatalogKind.TEAM, current.teamId().orElse(null));
            problems.throwIfAny();
            if (current.active() && current.admin() && !command.admin()) {
                requireAnotherActiveAdmin(context, "admin");
            }
            Changed<CrmUser> changed =
                    current.edit(command.displayName(), command.teamId(), command.scope(), command.admin(), command.locale());
            return store(context, changed, current);
        });
    }

    @Override
    public CrmUser deactivate(UserId userId) {
        return setActive(userId, false);
    }

    @Override
    public CrmUser activate(UserId userId) {
        return setActive(userId, true);
    }

    private CrmUser setActive(UserId userId, boolean active) {
        return useCases.write(actor, context -> {
            Context.required(userId, "userId");
            context.requireAdmin();
            CrmUser current = load(context, userId);
            if (!active && current.active() && current.admin()) {
                requireAnotherActiveAdmin(context, "userId");
            }
            return store(context, current.activate(active), current);
        });
    }

    @Override
    public CrmUser get(UserId userId) {
        return useCases.read(actor, context -> load(context, Context.required(userId, "userId")));
    }

    @Override
    public CrmUser me() {
        return useCases.read(actor, context -> context.user);
    }

    @Override
    public List<CrmUser> list() {
        return useCases.read(actor, context -> context.uow.users().findAll().stream().sorted(BY_NAME).toList());
    }

    private static CrmUser load(Context context, UserId userId) {
        return context.uow.users().findById(userId).orElseThrow(() -> new NotFoundException("user", "userId", userId));
    }

    private static CrmUser store(Context context, Changed<CrmUser> changed, CrmUser current) {
        if (!changed.changed()) {
            return current;
        }
        CrmUser stored = context.uow.users().update(changed.value());
        context.record(new UserEvent.UserUpdated(context.meta(), stored.id(), changed.changes()));
        return stored;
    }

    /** The tenant must keep an active administrator, or nobody could manage it any more. */
    private static void requireAnotherActiveAdmin(Context context, String field) {
        if (context.uow.users().countActiveAdmins() <= 1) {
            throw new RuleViolationException("user.last-admin", field);
        }
    }
}
