package dev.crmkit.access;

import dev.crmkit.common.Changed;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.TenantEvent;
import dev.crmkit.event.UserEvent;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import java.util.Optional;

/** The tenant use cases: host-level creation, and the actor's own tenant settings. */
final class TenantServices {

    private TenantServices() {}

    /** {@link TenantAdministration} for the host. */
    static final class Host implements TenantAdministration {

        private final UseCases useCases;

        Host(UseCases useCases) {
            this.useCases = useCases;
        }

        @Override
        public Tenant create(CreateTenant command) {
            return useCases.host(command, CreateTenant::tenantId, context -> {
                TenantId tenantId = command.tenantId();
                if (context.uow.tenant().find().isPresent()) {
                    throw InvalidCommandException.builder("CreateTenant").add("tenantId", "Unique").build();
                }
                Tenant tenant = context.uow.tenant().insert(Tenant.create(
                        tenantId,
                        command.name(),
                        command.timeZone(),
                        command.defaultLocale(),
                        command.otherClassificationName(),
                        context.now));
                // The first administrator sees every account: someone must be able to reach them all.
                CrmUser admin = context.uow.users().insert(CrmUser.create(
                        command.adminUserId(), command.adminDisplayName(), null, AccessScope.ALL, true, context.now));
                context.record(new TenantEvent.TenantCreated(context.meta(), tenant.id(), tenant.name()));
                context.record(new UserEvent.UserCreated(
                        context.meta(), admin.id(), admin.displayName(), null, admin.scope(), admin.admin()));
                return tenant;
            });
        }

        @Override
        public Optional<Tenant> find(TenantId tenantId) {
            Context.required(tenantId, "tenantId");
            return useCases.hostRead(tenantId, uow -> uow.tenant().find());
        }
    }

    /** {@link TenantSettings} for one actor. */
    static final class Settings implements TenantSettings {

        private final UseCases useCases;
        private final Caller actor;

        Settings(UseCases useCases, Caller actor) {
            this.useCases = useCases;
            this.actor = actor;
        }

        @Override
        public Tenant get() {
            return useCases.read(actor, context -> context.tenant);
        }

        @Override
        public Tenant update(UpdateTenant command) {
            return useCases.write(actor, command, context -> {
                context.requireAdmin();
                Tenant current = context.tenant;
                if (!current.version().equals(command.expectedVersion())) {
                    throw ConflictException.staleVersion("tenant", current.id(), command.expectedVersion(), current.version());
                }
                Changed<Tenant> changed = current.changeSettings(
                        command.name(), command.timeZone(), command.defaultLocale(), command.otherClassificationName());
                if (!changed.changed()) {
                    return current;
                }
                Tenant stored = context.uow.tenant().update(changed.value());
                context.record(new TenantEvent.TenantUpdated(context.meta(), stored.id(), changed.changes()));
                return stored;
            });
        }
    }
}
