package dev.crmkit.inmemory;

import dev.crmkit.access.Tenant;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.Version;
import dev.crmkit.spi.TenantRepository;
import java.util.Optional;

/** The tenant record of a partition. */
final class InMemoryTenants implements TenantRepository {

    private final InMemoryUnitOfWork uow;

    InMemoryTenants(InMemoryUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public Optional<Tenant> find() {
        return Optional.ofNullable(uow.data.tenant);
    }

    @Override
    public Tenant insert(Tenant tenant) {
        Journal journal = uow.writable();
        TenantPartition data = uow.data;
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
        Journal journal = uow.writable();
        TenantPartition data = uow.data;
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
