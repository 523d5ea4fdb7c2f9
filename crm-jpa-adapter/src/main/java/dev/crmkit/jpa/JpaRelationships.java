package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.Version;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.RelationshipRepository;
import dev.crmkit.spi.TransactionMode;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The relationships of a unit of work's tenant; a path search is one recursive query. */
final class JpaRelationships implements RelationshipRepository {

    private final JpaUnitOfWork uow;

    JpaRelationships(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private RelationshipEntity row(RelationshipId id) {
        return uow.find(RelationshipEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<Relationship> findById(RelationshipId id) {
        return Optional.ofNullable(row(id)).map(RelationshipEntity::toDomain);
    }

    @Override
    public List<Relationship> findByAccount(AccountId accountId) {
        // Read with plain JDBC: a listing nobody changes (a change reads its row by id, a delete through rowsOf).
        return new SqlQuery().append("select r.* from crm_relationship r where r.tenant_id = :tenant"
                        + " and (r.from_id = :account or r.to_id = :account)", "tenant", uow.tenant).bind("account", accountId.value())
                .rows(uow, 0, RelationshipEntity::read).stream().map(RelationshipEntity::toDomain).toList();
    }

    private List<RelationshipEntity> rowsOf(AccountId accountId) {
        return uow.em().createQuery("select r from Relationship r where r.tenantId = :tenant"
                        + " and (r.fromId = :account or r.toId = :account)", RelationshipEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList();
    }

    @Override
    public boolean exists(AccountId from, AccountId to, CatalogEntryId typeId) {
        return !uow.em().createQuery("select 1 from Relationship r where r.tenantId = :tenant and r.fromId = :from"
                        + " and r.toId = :to and r.typeId = :type", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("from", from.value())
                .setParameter("to", to.value())
                .setParameter("type", typeId.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public boolean pathExists(CatalogEntryId typeId, AccountId from, AccountId to) {
        if (uow.mode() == TransactionMode.READ_WRITE) {
            // Writers adding relationships of this type queue here until the commit, so two halves of a cycle added at
            // once are never both found to close none.
            uow.find(CatalogEntryEntity.class, new Keys.ByUuid(uow.tenant, typeId.value()), LockModeType.PESSIMISTIC_WRITE);
        }
        // UNION (not UNION ALL) drops accounts already reached, so a cycle ends the recursion.
        List<?> found = uow.em().createNativeQuery("with recursive reached(account_id) as ("
                        + " select r.to_id from crm_relationship r"
                        + " where r.tenant_id = :tenant and r.type_id = :type and r.from_id = :from"
                        + " union"
                        + " select r.to_id from crm_relationship r join reached p on r.from_id = p.account_id"
                        + " where r.tenant_id = :tenant and r.type_id = :type)"
                        + " select 1 from reached where account_id = :to")
                .setParameter("tenant", uow.tenant)
                .setParameter("type", typeId.value())
                .setParameter("from", from.value())
                .setParameter("to", to.value())
                .setMaxResults(1)
                .getResultList();
        return !found.isEmpty();
    }

    @Override
    public boolean existsOfType(CatalogEntryId typeId) {
        return !uow.em().createQuery("select 1 from Relationship r where r.tenantId = :tenant and r.typeId = :type",
                        Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("type", typeId.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Relationship insert(Relationship relationship) {
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        Relationship stored = relationship.withVersion(Version.FIRST);
        RelationshipEntity row = RelationshipEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        // The (from, to, type) key surfaces here, as the in-memory adapter's does.
        uow.flush();
        return stored;
    }

    @Override
    public void delete(Relationship relationship) {
        uow.delete(row(relationship.id()), "relationship", relationship.id(), relationship.version(), r -> r.version);
    }

    @Override
    public List<Relationship> deleteByAccount(AccountId accountId) {
        uow.writable();
        List<RelationshipEntity> rows = rowsOf(accountId);
        rows.forEach(uow::remove);
        return rows.stream().map(RelationshipEntity::toDomain).toList();
    }
}
