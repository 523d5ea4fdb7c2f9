package dev.crmkit.jpa;

import dev.crmkit.access.Tenant;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.Version;
import dev.crmkit.spi.TenantRepository;
import java.util.Optional;

/** The tenant record of a unit of work. */
final class JpaTenants implements TenantRepository {

    private final JpaUnitOfWork uow;

    JpaTenants(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public Optional<Tenant> find() {
        return Optional.ofNullable(uow.find(TenantEntity.class, uow.tenant)).map(TenantEntity::toDomain);
    }

    @Override
    public Tenant insert(Tenant tenant) {
        uow.writable();
        if (!tenant.id().equals(uow.tenantId())) {
            throw new StoreException("tenant " + tenant.id() + " inserted in a unit of work of " + uow.tenantId(), null);
        }
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        Tenant stored = tenant.withVersion(Version.FIRST);
        TenantEntity row = TenantEntity.of(stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Tenant update(Tenant tenant) {
        TenantEntity row = tenant.id().equals(uow.tenantId()) ? uow.find(TenantEntity.class, uow.tenant) : null;
        boolean unchanged = row != null && row.toDomain().equals(tenant);
        Version next = uow.update(row, "tenant", tenant.id(), tenant.version(), r -> r.version, unchanged, r -> r.apply(tenant));
        return tenant.withVersion(next);
    }
}
