package dev.crmkit.jpa;

import dev.crmkit.access.CrmUser;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.UserRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The CRM users of a unit of work's tenant. */
final class JpaUsers implements UserRepository {

    private final JpaUnitOfWork uow;

    JpaUsers(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private UserEntity row(UserId id) {
        return uow.find(UserEntity.class, new Keys.ByUser(uow.tenant, id.value()));
    }

    @Override
    public Optional<CrmUser> findById(UserId id) {
        return Optional.ofNullable(row(id)).map(UserEntity::toDomain);
    }

    @Override
    public List<CrmUser> findByIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = new InList("id", ids.stream().map(UserId::value).toList());
        return in.bind(uow.em().createQuery("select u from CrmUser u where u.tenantId = :tenant and " + in.in("u.userId"),
                        UserEntity.class))
                .setParameter("tenant", uow.tenant)
                .getResultList().stream().map(UserEntity::toDomain).toList();
    }

    @Override
    public List<CrmUser> findAll() {
        return uow.em().createQuery("select u from CrmUser u where u.tenantId = :tenant", UserEntity.class)
                .setParameter("tenant", uow.tenant)
                .getResultList().stream().map(UserEntity::toDomain).toList();
    }

    @Override
    public boolean existsInTeam(CatalogEntryId teamId) {
        return !uow.em().createQuery("select 1 from CrmUser u where u.tenantId = :tenant and u.teamId = :team", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("team", teamId.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public long countActiveAdmins() {
        return uow.em().createQuery(
                        "select count(u) from CrmUser u where u.tenantId = :tenant and u.admin = true and u.active = true",
                        Long.class)
                .setParameter("tenant", uow.tenant)
                .getSingleResult();
    }

    @Override
    public CrmUser insert(CrmUser user) {
        uow.writable();
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        CrmUser stored = user.withVersion(Version.FIRST);
        UserEntity row = UserEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public CrmUser update(CrmUser user) {
        UserEntity row = row(user.id());
        boolean unchanged = row != null && row.toDomain().equals(user);
        return user.withVersion(uow.update(row, "user", user.id(), user.version(), r -> r.version, unchanged, r -> r.apply(user)));
    }
}
