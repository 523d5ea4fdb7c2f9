package dev.crmkit.inmemory;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.UserId;
import dev.crmkit.discount.DiscountLimit;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.discount.DiscountScope;
import dev.crmkit.spi.DiscountHistoryRecord;
import dev.crmkit.spi.DiscountRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The discount policies of a partition, unique by name key, and its manual-discount limits. */
final class InMemoryDiscounts implements DiscountRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryDiscounts(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<DiscountPolicy> findById(DiscountPolicyId id) {
        return data.discountPolicies.get(id);
    }

    @Override
    public Optional<DiscountPolicy> findByNameKey(String nameKey) {
        return data.discountPolicies.findUnique(data.discountPoliciesByName, nameKey);
    }

    @Override
    public List<DiscountPolicy> findAll() {
        return List.copyOf(data.discountPolicies.all());
    }

    @Override
    public List<DiscountPolicy> candidates(AccountId accountId, CatalogEntryId customerTypeId,
            CatalogEntryId priceListId, LocalDate day) {
        List<DiscountPolicy> found = new ArrayList<>();
        for (DiscountPolicy policy : data.discountPolicies.all()) {
            DiscountScope scope = policy.terms().scope();
            boolean takes = scope instanceof DiscountScope.Account a ? a.accountId().equals(accountId)
                    : scope instanceof DiscountScope.CustomerType t ? t.customerTypeId().equals(customerTypeId)
                    : scope instanceof DiscountScope.PriceList l ? l.priceListId().equals(priceListId)
                    : true;
            if (takes && policy.terms().validity().holdsOn(day)) {
                found.add(policy);
            }
        }
        return found;
    }

    @Override
    public List<DiscountPolicy> findByAccount(AccountId accountId) {
        return data.discountPolicies.all().stream()
                .filter(p -> p.terms().scope() instanceof DiscountScope.Account a && a.accountId().equals(accountId))
                .toList();
    }

    @Override
    public boolean refersTo(CatalogEntryId entryId) {
        boolean scoped = data.discountPolicies.all().stream().anyMatch(p -> p.terms().scope() instanceof DiscountScope.CustomerType t
                ? t.customerTypeId().equals(entryId)
                : p.terms().scope() instanceof DiscountScope.PriceList l && l.priceListId().equals(entryId));
        return scoped || limits().stream().anyMatch(l -> l.subject() instanceof DiscountLimit.Team t && t.teamId().equals(entryId));
    }

    @Override
    public DiscountPolicy insert(DiscountPolicy policy) {
        return uow.insert(data.discountPolicies, policy::withVersion);
    }

    @Override
    public DiscountPolicy update(DiscountPolicy policy) {
        return uow.update(data.discountPolicies, "discount-policy", policy.id(), policy.version(),
                DiscountPolicy::version, policy::withVersion);
    }

    @Override
    public void delete(DiscountPolicy policy) {
        uow.delete(data.discountPolicies, "discount-policy", policy.id(), policy.version(), DiscountPolicy::version);
    }

    @Override
    public List<DiscountLimit> limits() {
        return List.copyOf(data.discountLimits.all());
    }

    @Override
    public List<DiscountLimit> limitsOf(UserId userId, CatalogEntryId teamId) {
        List<DiscountLimit> found = new ArrayList<>(2);
        data.discountLimits.get(new DiscountLimit.User(userId)).ifPresent(found::add);
        if (teamId != null) {
            data.discountLimits.get(new DiscountLimit.Team(teamId)).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public void setLimit(DiscountLimit limit) {
        Journal journal = uow.writable();
        if (data.discountLimits.get(limit.subject()).isPresent()) {
            data.discountLimits.replace(limit, journal);
        } else {
            data.discountLimits.insert(limit, journal);
        }
    }

    @Override
    public boolean removeLimit(DiscountLimit.Subject subject) {
        Journal journal = uow.writable();
        if (data.discountLimits.get(subject).isEmpty()) {
            return false;
        }
        data.discountLimits.delete(subject, journal);
        return true;
    }

    @Override
    public void appendHistory(DiscountHistoryRecord record) {
        Journal journal = uow.writable();
        List<DiscountHistoryRecord> entries = data.discountHistory.computeIfAbsent(record.event().policyId(),
                id -> new ArrayList<>());
        entries.add(record);
        journal.onRollback(() -> entries.remove(entries.size() - 1));
    }

    @Override
    public List<DiscountHistoryRecord> history(DiscountPolicyId policyId) {
        return List.copyOf(data.discountHistory.getOrDefault(policyId, List.of()));
    }
}
