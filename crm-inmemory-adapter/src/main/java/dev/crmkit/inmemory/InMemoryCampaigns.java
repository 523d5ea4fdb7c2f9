package dev.crmkit.inmemory;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.campaign.Attribution;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignMember;
import dev.crmkit.campaign.MemberCounts;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.campaign.SkipReason;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Version;
import dev.crmkit.order.Order;
import dev.crmkit.pipeline.Card;
import dev.crmkit.quote.Quote;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.CampaignCandidate;
import dev.crmkit.spi.CampaignHistoryRecord;
import dev.crmkit.spi.CampaignRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The campaigns of a partition, their members and history. */
final class InMemoryCampaigns implements CampaignRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryCampaigns(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public void insert(Campaign campaign) {
        data.campaigns.insert(campaign, uow.writable());
    }

    @Override
    public void update(Campaign campaign, Version expected) {
        Journal journal = uow.writable();
        Campaign current = data.campaigns.get(campaign.id())
                .orElseThrow(() -> new NotFoundException("campaign", "id", campaign.id()));
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("campaign", campaign.id(), expected, current.version());
        }
        data.campaigns.replace(campaign, journal);
    }

    @Override
    public Optional<Campaign> findById(CampaignId id) {
        return data.campaigns.get(id);
    }

    @Override
    public Optional<Campaign> findByNameKey(String nameKey) {
        return data.campaigns.findUnique(data.campaignsByName, nameKey);
    }

    @Override
    public List<Campaign> findAll() {
        return List.copyOf(data.campaigns.all());
    }

    @Override
    public List<CampaignCandidate> candidates(AccountCriteria criteria) {
        return ((InMemoryAccounts) uow.accounts()).matching(criteria).stream()
                .sorted(Comparator.comparing(Account::id))
                .map(CampaignCandidate::of)
                .toList();
    }

    @Override
    public List<CampaignCandidate> candidates(Collection<AccountId> ids) {
        return uow.accounts().findByIds(ids).stream().map(CampaignCandidate::of).toList();
    }

    @Override
    public void insertMembers(List<CampaignMember> members) {
        Journal journal = uow.writable();
        for (CampaignMember member : members) {
            data.campaignMembers.insert(member, journal);
        }
    }

    @Override
    public void updateMember(CampaignMember member, Version expected) {
        Journal journal = uow.writable();
        CampaignMember current = data.campaignMembers.get(member.id())
                .orElseThrow(() -> new NotFoundException("campaign-member", "id", member.id()));
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("campaign-member", member.id(), expected, current.version());
        }
        data.campaignMembers.replace(member, journal);
    }

    @Override
    public Optional<CampaignMember> findMember(CampaignMemberId id) {
        return data.campaignMembers.get(id);
    }

    @Override
    public List<CampaignMember> members(CampaignId campaignId, AccountAccess access, CampaignMemberId after, int limit) {
        Map<AccountId, Boolean> seen = new HashMap<>();
        return data.campaignMembers.find(data.membersByCampaign, campaignId).stream()
                .filter(m -> after == null || m.id().compareTo(after) > 0)
                .sorted(Comparator.comparing(CampaignMember::id))
                .filter(m -> seen.computeIfAbsent(m.accountId(), id -> visible(access, id)))
                .limit(limit)
                .toList();
    }

    @Override
    public MemberCounts count(CampaignId campaignId, AccountAccess access) {
        Map<AccountId, Boolean> seen = new HashMap<>();
        Map<MemberStatus, Long> byStatus = new EnumMap<>(MemberStatus.class);
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        for (CampaignMember m : data.campaignMembers.find(data.membersByCampaign, campaignId)) {
            if (seen.computeIfAbsent(m.accountId(), id -> visible(access, id))) {
                byStatus.merge(m.status(), 1L, Long::sum);
                if (m.skipReason() != null) {
                    skipped.merge(m.skipReason(), 1L, Long::sum);
                }
            }
        }
        return new MemberCounts(byStatus, skipped);
    }

    @Override
    public Attributed attribution(CampaignId campaignId, AccountAccess access, Instant from, Instant to) {
        Map<AccountId, Boolean> seen = new HashMap<>();
        List<CampaignMember> members = new ArrayList<>();
        Set<AccountId> accounts = new HashSet<>();
        for (CampaignMember m : data.campaignMembers.find(data.membersByCampaign, campaignId)) {
            if (m.status() != MemberStatus.SKIPPED && seen.computeIfAbsent(m.accountId(), id -> visible(access, id))) {
                members.add(m);
                accounts.add(m.accountId());
            }
        }
        long cards = 0;
        long quotes = 0;
        long orders = 0;
        Set<AccountId> ordering = new HashSet<>();
        Map<String, BigDecimal> revenue = new TreeMap<>();
        for (AccountId account : accounts) {
            for (Card card : data.cards.find(data.cardsByAccount, account)) {
                if (within(card.createdAt(), from, to)) {
                    cards++;
                }
            }
            for (Quote quote : data.quotes.find(data.quotesByAccount, account)) {
                if (within(quote.createdAt(), from, to)) {
                    quotes++;
                }
            }
            for (Order order : data.orders.find(data.ordersByAccount, account)) {
                if (within(order.placedAt(), from, to)) {
                    orders++;
                    ordering.add(account);
                    revenue.merge(order.currency().getCurrencyCode(), order.subtotal(), BigDecimal::add);
                }
            }
        }
        long converted = members.stream()
                .filter(m -> m.status().reached() && (m.status() == MemberStatus.CONVERTED || ordering.contains(m.accountId())))
                .count();
        List<Money> money = new ArrayList<>();
        revenue.forEach((currency, amount) -> money.add(new Money(amount, java.util.Currency.getInstance(currency))));
        return new Attributed(new Attribution(cards, quotes, orders, money), converted);
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    @Override
    public void appendHistory(CampaignHistoryRecord record) {
        Journal journal = uow.writable();
        List<CampaignHistoryRecord> entries = data.campaignHistory.computeIfAbsent(record.event().campaignId(),
                id -> new ArrayList<>());
        entries.add(record);
        journal.onRollback(() -> entries.remove(entries.size() - 1));
    }

    @Override
    public List<CampaignHistoryRecord> history(CampaignId campaignId) {
        return List.copyOf(data.campaignHistory.getOrDefault(campaignId, List.of()));
    }

    @Override
    public void deleteAccount(AccountId accountId) {
        Journal journal = uow.writable();
        for (CampaignMember member : data.campaignMembers.find(data.membersByAccount, accountId)) {
            data.campaignMembers.delete(member.id(), journal);
        }
    }

    private boolean visible(AccountAccess access, AccountId accountId) {
        Account account = data.accounts.get(accountId).orElse(null);
        return account != null && access.admits(account.responsibles(), data::teamOf);
    }
}
