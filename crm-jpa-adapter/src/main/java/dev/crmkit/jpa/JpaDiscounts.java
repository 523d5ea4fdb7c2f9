package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.discount.DiscountLimit;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.event.DiscountEvent;
import dev.crmkit.spi.DiscountHistoryRecord;
import dev.crmkit.spi.DiscountRepository;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The discount policies of a unit of work's tenant and its manual-discount limits. */
final class JpaDiscounts implements DiscountRepository {

    private final JpaUnitOfWork uow;

    JpaDiscounts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private DiscountPolicyEntity row(DiscountPolicyId id) {
        return uow.find(DiscountPolicyEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<DiscountPolicy> findById(DiscountPolicyId id) {
        return Optional.ofNullable(row(id)).map(DiscountPolicyEntity::toDomain);
    }

    @Override
    public Optional<DiscountPolicy> findByNameKey(String nameKey) {
        return uow.watched(() -> uow.em().createQuery(
                        "select p from DiscountPolicy p where p.tenantId = :tenant and p.nameKey = :key",
                        DiscountPolicyEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("key", nameKey)
                .getResultStream().findFirst()).map(DiscountPolicyEntity::toDomain);
    }

    @Override
    public List<DiscountPolicy> findAll() {
        return uow.watched(() -> uow.em().createQuery("select p from DiscountPolicy p where p.tenantId = :tenant",
                        DiscountPolicyEntity.class)
                .setParameter("tenant", uow.tenant)
                .getResultList()).stream().map(DiscountPolicyEntity::toDomain).toList();
    }

    @Override
    public List<DiscountPolicy> candidates(AccountId accountId, CatalogEntryId customerTypeId,
            CatalogEntryId priceListId, LocalDate day) {
        // One statement for every scope that may take the account in; a scope the account lacks is left out.
        StringBuilder jpql = new StringBuilder("select p from DiscountPolicy p where p.tenantId = :tenant"
                + " and p.validFrom <= :day and (p.validUntil is null or p.validUntil >= :day) and (p.scopeKind = '"
                + DiscountPolicyEntity.EVERYONE + "' or (p.scopeKind = '" + DiscountPolicyEntity.ACCOUNT
                + "' and p.scopeId = :account)");
        if (customerTypeId != null) {
            jpql.append(" or (p.scopeKind = '").append(DiscountPolicyEntity.CUSTOMER_TYPE).append("' and p.scopeId = :type)");
        }
        if (priceListId != null) {
            jpql.append(" or (p.scopeKind = '").append(DiscountPolicyEntity.PRICE_LIST).append("' and p.scopeId = :list)");
        }
        jpql.append(')');
        return uow.watched(() -> {
            TypedQuery<DiscountPolicyEntity> query = uow.em().createQuery(jpql.toString(), DiscountPolicyEntity.class)
                    .setParameter("tenant", uow.tenant)
                    .setParameter("day", day)
                    .setParameter("account", accountId.value());
            if (customerTypeId != null) {
                query.setParameter("type", customerTypeId.value());
            }
            if (priceListId != null) {
                query.setParameter("list", priceListId.value());
            }
            return query.getResultList();
        }).stream().map(DiscountPolicyEntity::toDomain).toList();
    }

    @Override
    public List<DiscountPolicy> findByAccount(AccountId accountId) {
        return uow.watched(() -> uow.em().createQuery("select p from DiscountPolicy p where p.tenantId = :tenant"
                                + " and p.scopeKind = '" + DiscountPolicyEntity.ACCOUNT + "' and p.scopeId = :account",
                        DiscountPolicyEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList()).stream().map(DiscountPolicyEntity::toDomain).toList();
    }

    /** One statement: a policy scoped to the entry (by the scope index), or a team's limit (by the limits' key). */
    @Override
    public boolean refersTo(CatalogEntryId entryId) {
        return !new SqlQuery().append("select 1 from crm_discount_policy where tenant_id = :tenant and scope_kind in ('"
                        + DiscountPolicyEntity.CUSTOMER_TYPE + "', '" + DiscountPolicyEntity.PRICE_LIST + "') and scope_id = :entry"
                        + " union all select 1 from crm_discount_limit where tenant_id = :tenant and subject_kind = '" + DiscountLimitEntity.TEAM + "'"
                        + " and subject_id = :team", "tenant", uow.tenant)
                .bind("entry", entryId.value())
                .bind("team", entryId.toString())
                .rows(uow, 1).isEmpty();
    }

    @Override
    public DiscountPolicy insert(DiscountPolicy policy) {
        DiscountPolicy stored = policy.withVersion(Version.FIRST);
        DiscountPolicyEntity row = DiscountPolicyEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public DiscountPolicy update(DiscountPolicy policy) {
        DiscountPolicyEntity row = row(policy.id());
        boolean unchanged = row != null && row.toDomain().equals(policy);
        return policy.withVersion(uow.update(row, "discount-policy", policy.id(), policy.version(), r -> r.version,
                unchanged, r -> r.apply(policy)));
    }

    @Override
    public void delete(DiscountPolicy policy) {
        uow.delete(row(policy.id()), "discount-policy", policy.id(), policy.version(), r -> r.version);
    }

    @Override
    public List<DiscountLimit> limits() {
        return uow.watched(() -> uow.em().createQuery("select l from DiscountLimit l where l.tenantId = :tenant",
                        DiscountLimitEntity.class)
                .setParameter("tenant", uow.tenant)
                .getResultList()).stream().map(DiscountLimitEntity::toDomain).toList();
    }

    @Override
    public List<DiscountLimit> limitsOf(UserId userId, CatalogEntryId teamId) {
        return uow.watched(() -> uow.em().createQuery("select l from DiscountLimit l where l.tenantId = :tenant and"
                                + " ((l.subjectKind = 'USER' and l.subjectId = :user)"
                                + " or (l.subjectKind = 'TEAM' and l.subjectId = :team))",
                        DiscountLimitEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("user", userId.value())
                .setParameter("team", teamId == null ? "" : teamId.toString())
                .getResultList()).stream().map(DiscountLimitEntity::toDomain).toList();
    }

    @Override
    public void setLimit(DiscountLimit limit) {
        uow.writable();
        DiscountLimitEntity row = uow.find(DiscountLimitEntity.class, DiscountLimitEntity.key(uow.tenant, limit.subject()));
        if (row == null) {
            DiscountLimitEntity fresh = DiscountLimitEntity.of(uow.tenant, limit);
            fresh.version = Version.FIRST.value();
            uow.insert(fresh);
        } else {
            row.percent = limit.percent();
            uow.flush();
        }
    }

    @Override
    public boolean removeLimit(DiscountLimit.Subject subject) {
        uow.writable();
        DiscountLimitEntity row = uow.find(DiscountLimitEntity.class, DiscountLimitEntity.key(uow.tenant, subject));
        if (row == null) {
            return false;
        }
        uow.remove(row);
        return true;
    }

    @Override
    public void appendHistory(DiscountHistoryRecord record) {
        var meta = record.event().meta();
        String payload = uow.json.writeEvent(record.event());
        uow.insertBatch("insert into crm_discount_policy_history (tenant_id, policy_id, event_id, occurred_at, actor_name,"
                + " payload) values (?, ?, ?, ?, ?, ?)", List.of(record), (statement, r) -> {
                    statement.setString(1, uow.tenant);
                    statement.setObject(2, r.event().policyId().value());
                    statement.setObject(3, meta.eventId().value());
                    JpaUnitOfWork.setInstant(statement, 4, meta.occurredAt());
                    statement.setString(5, r.actorName());
                    statement.setString(6, payload);
                });
    }

    @Override
    public List<DiscountHistoryRecord> history(DiscountPolicyId policyId) {
        return new SqlQuery().append("select h.payload, h.actor_name from crm_discount_policy_history h"
                        + " where h.tenant_id = :tenant and h.policy_id = :policy order by h.occurred_at, h.event_id",
                        "tenant", uow.tenant)
                .bind("policy", policyId.value())
                .rows(uow, 0).stream()
                .map(row -> new DiscountHistoryRecord((DiscountEvent.PolicyEvent) uow.json.readEvent((String) row[0]),
                        (String) row[1]))
                .toList();
    }
}
