package dev.crmkit.testkit;

import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventMeta;
import dev.crmkit.event.TenantEvent;
import dev.crmkit.event.UserEvent;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxEntry;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Aggregates and shortcuts for the SPI-level suites, which talk to a store without a {@code Crm}. */
public final class StoreFixtures {

    /** The creation instant of fixture aggregates. */
    public static final Instant CREATED = Instant.parse("2026-01-15T10:00:00Z");

    private StoreFixtures() {}

    /**
     * A tenant aggregate, not stored.
     *
     * @param id its id
     * @return the tenant
     */
    public static Tenant tenant(TenantId id) {
        return Tenant.create(id, "Tenant " + id, ZoneId.of("Europe/Lisbon"), Locale.forLanguageTag("pt-BR"), "Outro", CREATED);
    }

    /**
     * A user aggregate, not stored.
     *
     * @param id its id
     * @return a non-admin PORTFOLIO user without team
     */
    public static CrmUser user(String id) {
        return CrmUser.create(UserId.of(id), "User " + id, null, AccessScope.PORTFOLIO, false, CREATED);
    }

    /**
     * A plain catalog entry, not stored.
     *
     * @param kind a plain kind
     * @param name its name
     * @return the entry
     */
    public static CatalogEntry entry(CatalogKind kind, String name) {
        return CatalogEntry.create(kind, name, new CatalogDetails.Plain(), CREATED);
    }

    /**
     * An event of a tenant.
     *
     * @param tenantId the tenant
     * @param name a marker stored in the event
     * @return the event
     */
    public static DomainEvent event(TenantId tenantId, String name) {
        return new TenantEvent.TenantCreated(new EventMeta(EventId.newId(), tenantId, null, CREATED), tenantId, name);
    }

    /**
     * An event of a user of a tenant (the user aggregate, not the tenant's).
     *
     * @param tenantId the tenant
     * @param userId the user the event is about
     * @return the event
     */
    public static DomainEvent userEvent(TenantId tenantId, String userId) {
        return new UserEvent.UserCreated(new EventMeta(EventId.newId(), tenantId, null, CREATED), UserId.of(userId),
                "User " + userId, null, AccessScope.ALL, false);
    }

    /**
     * Creates and stores a tenant with a unique id.
     *
     * @param store the store
     * @return the tenant's id
     */
    public static TenantId storedTenant(CrmStore store) {
        TenantId id = TenantId.of("spi-" + UUID.randomUUID());
        write(store, id, uow -> uow.tenant().insert(tenant(id)));
        return id;
    }

    /**
     * Runs work in a read-write unit of work.
     *
     * @param store the store
     * @param tenantId the tenant
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     */
    public static <T> T write(CrmStore store, TenantId tenantId, Function<UnitOfWork, T> work) {
        return store.inTransaction(tenantId, TransactionMode.READ_WRITE, work);
    }

    /**
     * Runs work in a read-write unit of work, for its effects.
     *
     * @param store the store
     * @param tenantId the tenant
     * @param work the work
     */
    public static void run(CrmStore store, TenantId tenantId, Consumer<UnitOfWork> work) {
        store.inTransaction(tenantId, TransactionMode.READ_WRITE, uow -> {
            work.accept(uow);
            return null;
        });
    }

    /**
     * Runs work in a read-only unit of work.
     *
     * @param store the store
     * @param tenantId the tenant
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     */
    public static <T> T read(CrmStore store, TenantId tenantId, Function<UnitOfWork, T> work) {
        return store.inTransaction(tenantId, TransactionMode.READ_ONLY, work);
    }

    /**
     * The unpublished events of one tenant, parked ones included.
     *
     * @param store the store
     * @param tenantId the tenant
     * @return the tenant's unpublished events, oldest first
     */
    public static List<DomainEvent> unpublished(CrmStore store, TenantId tenantId) {
        return read(store, tenantId, uow -> uow.outbox().unpublished(100_000)).stream().map(OutboxEntry::event).toList();
    }

    /**
     * @param store the store
     * @param tenantId the tenant
     * @return the tenant record, read in its own unit of work
     */
    public static Optional<Tenant> tenantOf(CrmStore store, TenantId tenantId) {
        return read(store, tenantId, uow -> uow.tenant().find());
    }

    /**
     * @param store the store
     * @param tenantId the tenant
     * @param userId the user
     * @return the user, read in its own unit of work
     */
    public static Optional<CrmUser> userOf(CrmStore store, TenantId tenantId, String userId) {
        return read(store, tenantId, uow -> uow.users().findById(UserId.of(userId)));
    }

    /**
     * @param store the store
     * @param tenantId the tenant
     * @return every user of the tenant, read in its own unit of work
     */
    public static List<CrmUser> usersOf(CrmStore store, TenantId tenantId) {
        return read(store, tenantId, uow -> uow.users().findAll());
    }

    /**
     * @param store the store
     * @param tenantId the tenant
     * @param id the entry
     * @return the entry, read in its own unit of work
     */
    public static Optional<CatalogEntry> entryOf(CrmStore store, TenantId tenantId, CatalogEntryId id) {
        return read(store, tenantId, uow -> uow.catalog().findById(id));
    }

    /**
     * @param store the store
     * @param tenantId the tenant
     * @param kind the kind
     * @param nameKey the name key
     * @return the entry, read in its own unit of work
     */
    public static Optional<CatalogEntry> entryNamed(CrmStore store, TenantId tenantId, CatalogKind kind, String nameKey) {
        return read(store, tenantId, uow -> uow.catalog().findByNameKey(kind, nameKey));
    }

    /**
     * @param store the store
     * @param tenantId the tenant
     * @param kind the kind
     * @return the entries of the kind, read in their own unit of work
     */
    public static List<CatalogEntry> entriesOf(CrmStore store, TenantId tenantId, CatalogKind kind) {
        return read(store, tenantId, uow -> uow.catalog().findByKind(kind));
    }

    /**
     * @param store the store
     * @param tenantId the tenant
     * @param teamId the team
     * @return whether a user of the tenant is in the team
     */
    public static boolean teamHasUsers(CrmStore store, TenantId tenantId, CatalogEntryId teamId) {
        return read(store, tenantId, uow -> uow.users().existsInTeam(teamId));
    }
}
