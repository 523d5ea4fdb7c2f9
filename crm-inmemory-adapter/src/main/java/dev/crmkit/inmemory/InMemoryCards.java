package dev.crmkit.inmemory;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.spi.AccountEffort;
import dev.crmkit.spi.BoardCriteria;
import dev.crmkit.spi.CardRepository;
import dev.crmkit.spi.CardValueGroup;
import dev.crmkit.spi.CardValueSum;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cards of a partition. A board reads only its own stages' cards, from their sorted maps, so its cost does not
 * grow with the rest of the tenant.
 */
final class InMemoryCards implements CardRepository {

    private static final CardId SMALLEST_ID = new CardId(new UUID(0, 0));

    /** A stage's sums in the order of their currency codes. */
    private static final Comparator<Money> BY_CURRENCY = Comparator.comparing(m -> m.currency().getCurrencyCode());

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryCards(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Card> findById(CardId id) {
        return data.cards.get(id);
    }

    @Override
    public List<Card> findByAccount(AccountId accountId) {
        return data.cards.find(data.cardsByAccount, accountId);
    }

    @Override
    public Optional<Card> findOpenByAccount(PipelineId pipelineId, AccountId accountId) {
        return data.cards.findUnique(data.cardsByOpenAccount, List.of(pipelineId, accountId));
    }

    @Override
    public List<Card> findByStage(PipelineId pipelineId, StageId stageId) {
        return List.copyOf(stage(pipelineId, stageId).values());
    }

    @Override
    public List<Card> findByLabel(PipelineId pipelineId, LabelId labelId) {
        return data.cards.find(data.cardsByLabel, new TenantPartition.PipelineAndLabel(pipelineId, labelId));
    }

    @Override
    public boolean existsInPipeline(PipelineId pipelineId) {
        return data.cardsByPipeline.contains(pipelineId);
    }

    @Override
    public Optional<String> nextPosition(PipelineId pipelineId, StageId stageId, String after) {
        NavigableMap<SortKey<String, CardId>, Card> cards = stage(pipelineId, stageId);
        // "\u0000" sorts below every position character: this is the first key strictly after `after`.
        var next = after == null ? cards.firstEntry() : cards.ceilingEntry(new SortKey<>(after + "\u0000", SMALLEST_ID));
        return Optional.ofNullable(next).map(e -> e.getKey().value());
    }

    @Override
    public Optional<String> lastPosition(PipelineId pipelineId, StageId stageId) {
        NavigableMap<SortKey<String, CardId>, Card> cards = stage(pipelineId, stageId);
        return cards.isEmpty() ? Optional.empty() : Optional.of(cards.lastKey().value());
    }

    @Override
    public BoardSlice board(BoardCriteria criteria, int limit) {
        Map<StageId, List<CardSummary>> pages = new HashMap<>();
        Map<StageId, StageTotals> totals = new HashMap<>();
        for (StageId stageId : criteria.stages()) {
            List<CardSummary> cards = admitted(criteria, stage(criteria.pipelineId(), stageId));
            if (!cards.isEmpty()) {
                pages.put(stageId, List.copyOf(cards.subList(0, Math.min(limit, cards.size()))));
                totals.put(stageId, totals(cards));
            }
        }
        return new BoardSlice(pages, totals);
    }

    @Override
    public List<CardSummary> findInStage(BoardCriteria criteria, StageId stageId, BoardCriteria.CardPosition after, int limit) {
        NavigableMap<SortKey<String, CardId>, Card> stage = stage(criteria.pipelineId(), stageId);
        List<CardSummary> page = new ArrayList<>();
        if (criteria.order() == BoardOrder.POSITION) {
            // The stage map is in this order already: seek past the cursor and stop at the limit.
            var rest = after == null ? stage : stage.tailMap(new SortKey<>(after.position(), after.id()), false);
            for (Iterator<Card> cards = rest.values().iterator(); cards.hasNext() && page.size() < limit; ) {
                CardSummary summary = summary(cards.next(), criteria);
                if (criteria.admits(summary)) {
                    page.add(summary);
                }
            }
            return List.copyOf(page);
        }
        for (CardSummary card : admitted(criteria, stage)) {
            if (after == null || criteria.isAfter(card, after)) {
                page.add(card);
            }
        }
        return List.copyOf(page.subList(0, Math.min(limit, page.size())));
    }

    /**
     * The cards of one stage the criteria admit, in the board's order. A stage's own sorted map serves it: the board
     * never looks at the tenant's other cards, and in position order (the default) it needs no sort at all.
     */
    private List<CardSummary> admitted(BoardCriteria criteria, NavigableMap<SortKey<String, CardId>, Card> stage) {
        List<CardSummary> cards = new ArrayList<>();
        for (Card card : stage.values()) {
            CardSummary summary = summary(card, criteria);
            if (criteria.admits(summary)) {
                cards.add(summary);
            }
        }
        if (criteria.order() != BoardOrder.POSITION) {
            cards.sort(criteria.comparator());
        }
        return cards;
    }

    @Override
    public List<CardSummary> summariesOfAccounts(Collection<AccountId> accountIds, Collection<PipelineId> pipelines) {
        Set<PipelineId> allowed = new HashSet<>(pipelines);
        List<CardSummary> summaries = new ArrayList<>();
        for (AccountId accountId : accountIds) {
            for (Card card : findByAccount(accountId)) {
                if (allowed.contains(card.pipelineId())) {
                    summaries.add(summary(card, false));
                }
            }
        }
        return summaries;
    }

    @Override
    public Card insert(Card card) {
        return uow.insert(data.cards, card::withVersion);
    }

    @Override
    public Card update(Card card) {
        return uow.update(data.cards, "card", card.id(), card.version(), Card::version, card::withVersion);
    }

    @Override
    public void delete(Card card) {
        uow.delete(data.cards, "card", card.id(), card.version(), Card::version);
    }

    private NavigableMap<SortKey<String, CardId>, Card> stage(PipelineId pipelineId, StageId stageId) {
        return data.cardsByPosition.getOrDefault(new TenantPartition.PipelineAndStage(pipelineId, stageId), Collections.emptyNavigableMap());
    }

    private CardSummary summary(Card card, BoardCriteria criteria) {
        return summary(card, criteria.isStagnant(card.stageId(), card.open(), card.updatedAt()));
    }

    private CardSummary summary(Card card, boolean stagnant) {
        Account account = card.accountId().flatMap(data.accounts::get).orElse(null);
        return CardSummary.of(card, account == null ? null : account.details().legalName(),
                account == null ? null : account.createdAt(), stagnant, data.openTasksOf(card.id()));
    }

    private static StageTotals totals(List<CardSummary> cards) {
        // Summed in a hash map and sorted once: a tree map keyed through Comparator.comparing compared currencies
        // thousands of times through a lambda that a host running many comparators makes a megamorphic call.
        Map<Currency, BigDecimal> sums = new HashMap<>();
        long stagnant = 0;
        for (CardSummary card : cards) {
            if (card.value() != null) {
                sums.merge(card.value().currency(), card.value().amount(), BigDecimal::add);
            }
            if (card.stagnant()) {
                stagnant++;
            }
        }
        List<Money> money = new ArrayList<>();
        sums.forEach((currency, amount) -> money.add(new Money(amount, currency)));
        money.sort(BY_CURRENCY);
        return new StageTotals(cards.size(), money, stagnant);
    }

    @Override
    public List<CardValueSum> openValuesOf(AccountId accountId) {
        return sums(data.cards.find(data.cardsByAccount, accountId), false);
    }

    @Override
    public List<CardValueSum> forecastOf(PipelineId pipelineId, AccountAccess access) {
        Map<AccountId, Boolean> seen = new HashMap<>();
        List<Card> cards = new ArrayList<>();
        for (Card card : data.cards.find(data.cardsByPipeline, pipelineId)) {
            AccountId accountId = card.accountId().orElse(null);
            if (accountId == null || seen.computeIfAbsent(accountId, id -> data.accounts.get(id)
                    .map(account -> access.admits(account.responsibles(), data::teamOf)).orElse(false))) {
                cards.add(card);
            }
        }
        return sums(cards, true);
    }

    /** The open cards' values by pipeline, stage and currency, and by salesperson and close month when asked. */
    private static List<CardValueSum> sums(Collection<Card> cards, boolean forecast) {
        Map<List<Object>, BigDecimal> amounts = new HashMap<>();
        Map<List<Object>, Long> counts = new HashMap<>();
        Map<List<Object>, CardValueGroup> groups = new HashMap<>();
        for (Card card : cards) {
            if (!card.open() || card.value().isEmpty()) {
                continue;
            }
            CardValueGroup group = new CardValueGroup(card.pipelineId(), card.stageId(),
                    forecast ? card.salespersonId().orElse(null) : null,
                    forecast ? card.expectedCloseDate().map(YearMonth::from).orElse(null) : null);
            List<Object> key = java.util.Arrays.asList(group, card.value().get().currency());
            groups.put(key, group);
            amounts.merge(key, card.value().get().amount(), BigDecimal::add);
            counts.merge(key, 1L, Long::sum);
        }
        List<CardValueSum> sums = new ArrayList<>();
        amounts.forEach((key, amount) -> sums.add(new CardValueSum(groups.get(key), (Currency) key.get(1), amount, counts.get(key))));
        return sums;
    }

    @Override
    public AccountEffort effortOf(AccountId accountId) {
        long comments = 0;
        Instant oldest = null;
        for (Card card : data.cards.find(data.cardsByAccount, accountId)) {
            comments += card.comments().size();
            if (card.open() && (oldest == null || card.createdAt().isBefore(oldest))) {
                oldest = card.createdAt();
            }
        }
        return new AccountEffort(data.agenda.find(data.agendaByAccount, accountId).size(), comments,
                data.messages.find(data.messagesByAccount, accountId).size(), oldest);
    }
}
