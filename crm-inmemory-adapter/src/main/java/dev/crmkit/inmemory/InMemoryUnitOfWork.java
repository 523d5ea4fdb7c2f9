package dev.crmkit.inmemory;

import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.spi.CatalogRepository;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.TenantRepository;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UserRepository;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One unit of work on a tenant partition; the partition's lock is held by the caller for its whole life. */
final class InMemoryUnitOfWork implements UnitOfWork, Journal {

    private final TenantPartition data;
    private final TransactionMode mode;
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final List<DomainEvent> events = new ArrayList<>();

    private final TenantRepository tenantRepository = new Tenants();
    private final UserRepository userRepository = new Users();
    private final CatalogRepository catalogRepository = new Catalog();

    InMemoryUnitOfWork(TenantPartition data, TransactionMode mode) {
        this.data = data;
        this.mode = mode;
    }

    @Override
    public TenantId tenantId() {
        return data.tenantId;
    }

    @Override
    public TransactionMode mode() {
        return mode;
    }

    @Override
    public TenantRepository tenant() {
        return tenantRepository;
    }

    @Override
    public UserRepository users() {
        return userRepository;
    }

    @Override
    public CatalogRepository catalog() {
        return catalogRepository;
    }

    @Override
    public EventOutbox outbox() {
        return appended -> {
            writable();
            events.addAll(appended);
        };
    }

    @Override
    public void onRollback(Runnable action) {
        undo.push(action);
    }

    boolean wrote() {
        return !undo.isEmpty() || !events.isEmpty();
    }

    List<DomainEvent> events() {
        return events;
    }

    /** Undoes every write, newest first. Safe to call twice. */
    void rollback() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
        events.clear();
    }

    private Journal writable() {
        if (mode != TransactionMode.READ_WRITE) {
            throw new StoreException("write in a read-only unit of work", null);
        }
        return this;
    }

    /** Stores a new immutable aggregate at its first version. */
    private <K, V> V insert(Table<K, V> table, Function<Version, V> at) {
        V stored = at.apply(Version.FIRST);
        table.insert(stored, writable());
        return stored;
    }

    /** Stores an immutable aggregate if the stored version is the one it was loaded with. */
    private <K, V> V update(
            Table<K, V> table, String entity, K id, V row, Function<V, Version> version, Function<Version, V> at) {
        Journal journal = writable();
        V current = table.get(id).orElseThrow(() -> new NotFoundException(entity, "id", id));
        Version expected = version.apply(row);
        if (!version.apply(current).equals(expected)) {
            throw ConflictException.staleVersion(entity, id, expected, version.apply(current));
        }
        V stored = at.apply(expected.next());
        table.replace(stored, journal);
        return stored;
    }

    private final class Tenants implements TenantRepository {

        @Override
        public Optional<Tenant> find() {
            return Optional.ofNullable(data.tenant);
        }

        @Override
        public Tenant insert(Tenant tenant) {
            Journal journal = writable();
            if (!tenant.id().equals(data.tenantId)) {
                throw new StoreException("tenant " + tenant.id() + " inserted in a unit of work of " + data.tenantId, null);
            }
            if (data.tenant != null) {
                throw ConflictException.duplicate("tenant", "tenantId", tenant.id(), null);
            }
            Tenant stored = tenant.withVersion(Version.FIRST);
            data.tenant = stored;
            journal.onRollback(() -> data.tenant = null);
            return stored;
        }

        @Override
        public Tenant update(Tenant tenant) {
            Journal journal = writable();
            Tenant current = data.tenant;
            if (current == null || !current.id().equals(tenant.id())) {
                throw new NotFoundException("tenant", "tenantId", tenant.id());
            }
            if (!current.version().equals(tenant.version())) {
                throw ConflictException.staleVersion("tenant", tenant.id(), tenant.version(), current.version());
            }
            Tenant stored = tenant.withVersion(tenant.version().next());
            data.tenant = stored;
            journal.onRollback(() -> data.tenant = current);
            return stored;
        }
    }

    private final class Users implements UserRepository {

        @Override
        public Optional<CrmUser> findById(UserId id) {
            return data.users.get(id);
        }

        @Override
        public List<CrmUser> findByIds(Collection<UserId> ids) {
            return ids.stream().distinct().map(data.users::get).flatMap(Optional::stream).toList();
        }

        @Override
        public List<CrmUser> findAll() {
            return List.copyOf(data.users.all());
        }

        @Override
        public boolean existsInTeam(CatalogEntryId teamId) {
            return data.usersByTeam.contains(teamId);
        }

        @Override
        public long countActiveAdmins() {
            return data.activeAdmins.ids(Boolean.TRUE).size();
        }

        @Override
        public CrmUser insert(CrmUser user) {
            return InMemoryUnitOfWork.this.insert(data.users, user::withVersion);
        }

        @Override
        public CrmUser update(CrmUser user) {
            return InMemoryUnitOfWork.this.update(data.users, "user", user.id(), user, CrmUser::version, user::withVersion);
        }
    }

    private final class Catalog implements CatalogRepository {

        @Override
        public Optional<CatalogEntry> findById(CatalogEntryId id) {
            return data.catalog.get(id);
        }

        @Override
        public List<CatalogEntry> findByIds(Collection<CatalogEntryId> ids) {
            return ids.stream().distinct().map(data.catalog::get).flatMap(Optional::stream).toList();
        }

        @Override
        public List<CatalogEntry> findByKind(CatalogKind kind) {
            return data.catalog.find(data.catalogByKind, kind);
        }

        @Override
        public Optional<CatalogEntry> findByNameKey(CatalogKind kind, String nameKey) {
            return data.catalog.findUnique(data.catalogByName, new TenantPartition.KindAndName(kind, nameKey));
        }

        @Override
        public CatalogEntry insert(CatalogEntry entry) {
            return InMemoryUnitOfWork.this.insert(data.catalog, entry::withVersion);
        }

        @Override
        public CatalogEntry update(CatalogEntry entry) {
            return InMemoryUnitOfWork.this.update(
                    data.catalog, "catalog-entry", entry.id(), entry, CatalogEntry::version, entry::withVersion);
        }

        @Override
        public void delete(CatalogEntry entry) {
            Journal journal = writable();
            CatalogEntry current = data.catalog.get(entry.id())
                    .orElseThrow(() -> new NotFoundException("catalog-entry", "entryId", entry.id()));
            if (!current.version().equals(entry.version())) {
                throw ConflictException.staleVersion("catalog-entry", entry.id(), entry.version(), current.version());
            }
            data.catalog.delete(entry.id(), journal);
        }
    }
}
