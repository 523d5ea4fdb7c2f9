package dev.crmkit.inmemory;

import dev.crmkit.access.CrmUser;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.UserRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The CRM users of a partition. */
final class InMemoryUsers implements UserRepository {

    private final InMemoryUnitOfWork uow;

    InMemoryUsers(InMemoryUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public Optional<CrmUser> findById(UserId id) {
        return uow.data.users.get(id);
    }

    @Override
    public List<CrmUser> findByIds(Collection<UserId> ids) {
        return ids.stream().distinct().map(uow.data.users::get).flatMap(Optional::stream).toList();
    }

    @Override
    public List<CrmUser> findAll() {
        return List.copyOf(uow.data.users.all());
    }

    @Override
    public boolean existsInTeam(CatalogEntryId teamId) {
        return uow.data.usersByTeam.contains(teamId);
    }

    @Override
    public long countActiveAdmins() {
        return uow.data.activeAdmins.size(Boolean.TRUE);
    }

    @Override
    public CrmUser insert(CrmUser user) {
        return uow.insert(uow.data.users, user::withVersion);
    }

    @Override
    public CrmUser update(CrmUser user) {
        return uow.update(uow.data.users, "user", user.id(), user.version(), CrmUser::version, user::withVersion);
    }
}
