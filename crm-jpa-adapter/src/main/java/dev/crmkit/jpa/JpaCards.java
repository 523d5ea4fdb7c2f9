package dev.crmkit.jpa;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.pipeline.BoardDateField;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.spi.AccountEffort;
import dev.crmkit.spi.BoardCriteria;
import dev.crmkit.spi.CardRepository;
import dev.crmkit.spi.CardValueGroup;
import dev.crmkit.spi.CardValueSum;
import dev.crmkit.spi.StoredRecords;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cards of a unit of work's tenant. A board is four statements whatever its size: the first page of every
 * stage at once (a window over the stages, each card with its count of pending agenda entries), every stage's
 * count, value sums per currency and stagnant count at once (grouped by stage and currency), and the labels and
 * the members of the cards on the pages.
 */
final class JpaCards implements CardRepository {

    /** The most cards whose labels or members one statement loads (a card page holds at most 500). */
    static final int BATCH = 512;

    /** The columns of a card summary; {@code :stagnant} stands for the stagnation expression of the board. */
    private static final String SUMMARY = "c.id, c.stage_id, c.position, c.name, c.salesperson_id, c.value_amount,"
            + " c.value_currency, c.expected_close_date, c.account_id, a.legal_name,"
            + " coalesce(a.created_at, c.created_at) as prospect_created_at, c.archived, c.lost_at,"
            + " c.converted_to_customer_at, c.converted_to_service_at, %s as stagnant, c.comment_count,"
            + " c.attachment_count, c.created_at, c.updated_at, c.version,"
            + " (select count(*) from crm_agenda_entry t where t.tenant_id = c.tenant_id and t.card_id = c.id"
            + " and t.status = 'PENDING') as open_tasks";

    private static final String FROM = " from crm_card c left join crm_account a on a.tenant_id = c.tenant_id"
            + " and a.id = c.account_id";

    private final JpaUnitOfWork uow;

    /** The cards this unit of work read in plain JDBC to change them, with their labels and members. */
    private final HeldRows<Card> held;

    JpaCards(JpaUnitOfWork uow) {
        this.uow = uow;
        this.held = new HeldRows<>(uow, CardEntity.class);
    }

    private CardEntity row(CardId id) {
        return uow.rowForChange(CardEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    /**
     * A managed row's card: the one this unit of work last read or stored, otherwise built from the row's columns and
     * its labels and members read in one statement, not through the two collections (a statement each).
     */
    private Card current(CardEntity row) {
        if (row.loaded == null) {
            if (row.childrenInMemory()) {
                row.loaded = row.toDomain(uow.json);
            } else {
                Set<UUID> labels = new HashSet<>();
                Set<String> members = new HashSet<>();
                for (Object[] p : labelsAndMembers(List.of(row.id))) {
                    if (String.valueOf(p[0]).equals("L")) { // a String on PostgreSQL, a Character on H2
                        labels.add(uuid(p[2]));
                    } else {
                        members.add((String) p[3]);
                    }
                }
                row.loaded = row.toDomain(uow.json, labels, members);
            }
        }
        return row.loaded;
    }

    private List<Card> cards(String where, Map<String, Object> params) {
        var query = uow.em().createQuery("select c from Card c where c.tenantId = :tenant and " + where, CardEntity.class)
                .setParameter("tenant", uow.tenant);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(r -> r.toDomain(uow.json)).toList();
    }

    /**
     * A card by its id: one Hibernate manages comes from its row; any other is read in plain JDBC ({@link HeldRows}), in
     * a read-write unit of work under a lock until the commit (see {@link JpaUnitOfWork#rowForChange} for why), with
     * its labels and members in the same statement.
     */
    @Override
    public Optional<Card> findById(CardId id) {
        return held.find(id.value(), () -> Optional.ofNullable(row(id)).map(this::current), () -> read(id));
    }

    /**
     * One card with its labels and members in one statement (each an array of a subquery on its table's key), not a
     * managed entity: loading it through Hibernate (a statement for the row and one for its children, a snapshot,
     * a dirty check at every flush) cost a card's write a statement and a good part of its own time.
     */
    private Card read(CardId id) {
        List<Card> cards = new SqlQuery()
                .append("select c.*, array(select l.label_id from crm_card_label l where l.tenant_id = c.tenant_id"
                        + " and l.card_id = c.id) as label_ids, array(select m.user_id from crm_card_member m"
                        + " where m.tenant_id = c.tenant_id and m.card_id = c.id) as member_ids"
                        + " from crm_card c where c.tenant_id = :tenant", "tenant", uow.tenant)
                .append(" and c.id = :id" + uow.lockForChange("c"), "id", id.value())
                .rows(uow, 0, rs -> {
                    Set<UUID> labels = new HashSet<>();
                    for (Object label : (Object[]) rs.getArray("label_ids").getArray()) {
                        labels.add((UUID) label);
                    }
                    Set<String> members = new HashSet<>();
                    for (Object member : (Object[]) rs.getArray("member_ids").getArray()) {
                        members.add((String) member);
                    }
                    return CardEntity.read(rs).toDomain(uow.json, labels, members);
                });
        return cards.isEmpty() ? null : cards.get(0);
    }

    @Override
    public List<Card> findByAccount(AccountId accountId) {
        return cards("c.accountId = :account", Map.of("account", accountId.value()));
    }

    @Override
    public Optional<Card> findOpenByAccount(PipelineId pipelineId, AccountId accountId) {
        return cards("c.pipelineId = :pipeline and c.openAccountId = :account",
                Map.of("pipeline", pipelineId.value(), "account", accountId.value())).stream().findFirst();
    }

    @Override
    public Map<AccountId, String> openCardsOf(PipelineId pipelineId, Collection<AccountId> accountIds) {
        Map<AccountId, String> open = new HashMap<>();
        if (accountIds.isEmpty()) {
            return open;
        }
        uow.em().createQuery("select c.openAccountId, c.name from Card c where c.tenantId = :tenant and c.pipelineId = :pipeline"
                        + " and c.openAccountId in :accounts", Object[].class)
                .setParameter("tenant", uow.tenant)
                .setParameter("pipeline", pipelineId.value())
                .setParameter("accounts", accountIds.stream().map(AccountId::value).distinct().toList())
                .getResultList()
                .forEach(row -> open.put(new AccountId((UUID) row[0]), (String) row[1]));
        return open;
    }

    @Override
    public List<Card> findByStage(PipelineId pipelineId, StageId stageId) {
        return cards("c.pipelineId = :pipeline and c.stageId = :stage order by c.position, c.id",
                Map.of("pipeline", pipelineId.value(), "stage", stageId.value()));
    }

    @Override
    public List<Card> findByLabel(PipelineId pipelineId, LabelId labelId) {
        return cards("c.pipelineId = :pipeline and :label member of c.labels",
                Map.of("pipeline", pipelineId.value(), "label", labelId.value()));
    }

    @Override
    public boolean existsInPipeline(PipelineId pipelineId) {
        return !uow.em().createQuery("select 1 from Card c where c.tenantId = :tenant and c.pipelineId = :pipeline", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("pipeline", pipelineId.value())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Before a writer reads positions to place a card, it locks the pipeline's row until its commit: two cards
     * placed at once (eight users moving cards to the top of one stage) would otherwise take the same key. A writer
     * that read the pipeline for the placement holds the lock already ({@link JpaPipelines#findByIdForPlacement}).
     */
    private void lockPlacement(PipelineId pipelineId) {
        if (uow.mode() == dev.crmkit.spi.TransactionMode.READ_WRITE && !uow.isLockedForPlacement(pipelineId.value())) {
            uow.find(PipelineEntity.class, new Keys.ByUuid(uow.tenant, pipelineId.value()),
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @Override
    public Optional<String> nextPosition(PipelineId pipelineId, StageId stageId, String after) {
        lockPlacement(pipelineId);
        SqlQuery query = stageEnd("min", pipelineId, stageId);
        if (after != null) {
            query.append(" and position > :after", "after", after);
        }
        return position(query);
    }

    @Override
    public Optional<String> lastPosition(PipelineId pipelineId, StageId stageId) {
        lockPlacement(pipelineId);
        return position(stageEnd("max", pipelineId, stageId));
    }

    /**
     * The first or last position of a stage, down its position index, in plain JDBC: through a JPQL query each call
     * built and bound a query object and its tuple metadata, a tenth of a card's move in its own time.
     */
    private SqlQuery stageEnd(String end, PipelineId pipelineId, StageId stageId) {
        return new SqlQuery().append("select " + end + "(position) from crm_card where tenant_id = :tenant", "tenant", uow.tenant)
                .append(" and pipeline_id = :pipeline", "pipeline", pipelineId.value())
                .append(" and stage_id = :stage", "stage", stageId.value());
    }

    private Optional<String> position(SqlQuery query) {
        return Optional.ofNullable(query.rows(uow, 0, rs -> rs.getString(1)).get(0));
    }

    @Override
    public BoardSlice board(BoardCriteria criteria, int limit) {
        List<Object[]> rows = criteria.stages().isEmpty() ? List.of() : rows(uow.postgres() ? lateralPages(criteria, limit)
                : unionPages(criteria, limit));

        SqlQuery sums = new SqlQuery();
        String stagnantSum = stagnant(sums, criteria);
        sums.append("select c.stage_id, c.value_currency, count(*), sum(c.value_amount), sum(" + stagnantSum + ")" + FROM);
        where(sums, criteria, stagnantSum);
        sums.append(" group by c.stage_id, c.value_currency");
        Map<StageId, Totals> totals = new LinkedHashMap<>();
        for (Object[] row : rows(sums)) {
            Totals stage = totals.computeIfAbsent(new StageId(uuid(row[0])), s -> new Totals());
            stage.count += ((Number) row[2]).longValue();
            stage.stagnant += ((Number) row[4]).longValue();
            if (row[1] != null) {
                stage.sums.put((String) row[1], (BigDecimal) row[3]);
            }
        }

        Map<StageId, List<CardSummary>> byStage = new LinkedHashMap<>();
        summaries(rows).forEach(s -> byStage.computeIfAbsent(s.stageId(), k -> new ArrayList<>()).add(s));
        // The pages statement leaves the order of its rows unsaid: sorting here takes one pass over rows that come in
        // order, where ordering them in SQL (a row number per stage, then a sort of every row) cost the server 7 of
        // its 23 ms for 10 stages of 500 cards.
        byStage.values().forEach(cards -> cards.sort(criteria.comparator()));
        Map<StageId, StageTotals> stageTotals = new HashMap<>();
        totals.forEach((stage, t) -> stageTotals.put(stage, t.toStageTotals()));
        return new BoardSlice(byStage, stageTotals);
    }

    /**
     * The first cards of every stage on PostgreSQL: a lateral subquery per stage of an array, each reading the
     * stage's first cards down its index and stopping there, so the board costs the same in a pipeline of 5
     * thousand cards or of 500 thousand. The account's columns and the pending-task count are read for the cards
     * of the pages only. The page's size is a parameter, not written in: the planner, which underestimates a stage's
     * cards (it multiplies the selectivities of tenant, pipeline and stage), planned a written-in limit as a sort of
     * the whole stage, and the server's generic plan for a parameter as a walk down the position index that stops at
     * the page's end (5,000 cards in 10 stages, pages of 51: 6.5 ms against 4.1 ms a statement). (A union of one branch per stage reads the same rows, but PostgreSQL never kept a generic
     * plan for it, its estimate for an unknown stage being worse, and planned its ten branches on every call:
     * 3.3 ms, against 4 ms to run it.)
     */
    private SqlQuery lateralPages(BoardCriteria criteria, int limit) {
        SqlQuery pages = new SqlQuery();
        String stagnant = stagnant(pages, criteria);
        String order = order(criteria);
        pages.append("select " + SUMMARY.formatted(stagnant) + " from unnest(:pageStages) s(stage_id)"
                + " cross join lateral (select c.*" + FROM,
                "pageStages", criteria.stages().stream().map(StageId::value).toArray(UUID[]::new));
        where(pages, criteria, stagnant);
        pages.append(" and c.stage_id = s.stage_id order by " + order + " limit :pageLimit) c"
                + " left join crm_account a on a.tenant_id = c.tenant_id and a.id = c.account_id", "pageLimit", limit);
        return pages;
    }

    /** The first cards of every stage elsewhere (H2 has no lateral join): a union of one branch per stage. */
    private SqlQuery unionPages(BoardCriteria criteria, int limit) {
        SqlQuery pages = new SqlQuery();
        String stagnant = stagnant(pages, criteria);
        String order = order(criteria);
        pages.append("select " + SUMMARY.formatted(stagnant) + " from (");
        for (int i = 0; i < criteria.stages().size(); i++) {
            pages.append((i == 0 ? "" : " union all ") + "(select c.*" + FROM);
            where(pages, criteria, stagnant);
            String stage = pages.fresh("pageStage");
            pages.append(" and c.stage_id = :" + stage, stage, criteria.stages().get(i).value())
                    .append(" order by " + order + " fetch first " + limit + " rows only)");
        }
        pages.append(") c left join crm_account a on a.tenant_id = c.tenant_id and a.id = c.account_id");
        return pages;
    }

    @Override
    public List<CardSummary> findInStage(BoardCriteria criteria, StageId stageId, BoardCriteria.CardPosition after, int limit) {
        SqlQuery sql = new SqlQuery();
        String stagnant = stagnant(sql, criteria);
        sql.append("select " + SUMMARY.formatted(stagnant) + FROM);
        where(sql, criteria, stagnant);
        sql.append(" and c.stage_id = :stage", "stage", stageId.value());
        if (after != null) {
            boolean byPosition = criteria.order() == BoardOrder.POSITION;
            String key = byPosition ? "c.position" : date(criteria);
            sql.append(" and (" + key + ", c.id) " + (criteria.order() == BoardOrder.DESCENDING ? "<" : ">")
                    + " (:afterKey, :afterId)", "afterKey", byPosition ? after.position() : after.instant())
                    .bind("afterId", after.id().value());
        }
        sql.append(" order by " + order(criteria));
        return summaries(rows(sql, limit));
    }

    @Override
    public List<CardSummary> summariesOfAccounts(Collection<AccountId> accountIds, Collection<PipelineId> pipelines) {
        if (accountIds.isEmpty() || pipelines.isEmpty()) {
            return List.of();
        }
        InList accounts = uow.uuids("account", accountIds.stream().map(AccountId::value).distinct().toList());
        InList inPipelines = uow.uuids("pipeline", pipelines.stream().map(PipelineId::value).distinct().toList());
        SqlQuery sql = new SqlQuery().append("select " + SUMMARY.formatted("0") + FROM + " where c.tenant_id = :tenant"
                        + " and " + accounts.in("c.account_id") + " and " + inPipelines.in("c.pipeline_id"), "tenant", uow.tenant);
        return summaries(rows(inPipelines.bind(accounts.bind(sql))));
    }

    /** The stagnation of a card as 1 or 0: open, and updated at or before its stage's threshold. */
    private static String stagnant(SqlQuery sql, BoardCriteria criteria) {
        if (criteria.stagnantBefore().isEmpty()) {
            return "0";
        }
        StringBuilder thresholds = new StringBuilder("case c.stage_id");
        criteria.stagnantBefore().forEach((stage, before) -> {
            String s = sql.fresh("stage");
            sql.bind(s, stage.value());
            String t = sql.fresh("before");
            sql.bind(t, before);
            thresholds.append(" when cast(:").append(s).append(" as uuid) then cast(:").append(t)
                    .append(" as timestamp with time zone)");
        });
        thresholds.append(" end");
        return "(case when c.is_open and c.updated_at <= " + thresholds + " then 1 else 0 end)";
    }

    private static String date(BoardCriteria criteria) {
        return criteria.dateField() == BoardDateField.PROSPECT_CREATED ? "coalesce(a.created_at, c.created_at)" : "c.created_at";
    }

    private static String order(BoardCriteria criteria) {
        return switch (criteria.order()) {
            case POSITION -> "c.position, c.id";
            case ASCENDING -> date(criteria) + ", c.id";
            case DESCENDING -> date(criteria) + " desc, c.id desc";
        };
    }

    /** Every filter of the board, in SQL. */
    private void where(SqlQuery sql, BoardCriteria c, String stagnant) {
        sql.append(" where c.tenant_id = :tenant and c.pipeline_id = :pipeline", "tenant", uow.tenant)
                .bind("pipeline", c.pipelineId().value());
        if (c.from() != null) {
            sql.append(" and " + date(c) + " >= :from", "from", c.from());
        }
        if (c.to() != null) {
            sql.append(" and " + date(c) + " < :to", "to", c.to());
        }
        if (!c.labels().isEmpty()) {
            sql.append(" and exists (select 1 from crm_card_label fl where fl.tenant_id = c.tenant_id and fl.card_id = c.id"
                    + " and fl.label_id in (:labels))", "labels", c.labels().stream().map(LabelId::value).toList());
        }
        if (!c.members().isEmpty()) {
            sql.append(" and exists (select 1 from crm_card_member fm where fm.tenant_id = c.tenant_id and fm.card_id = c.id"
                    + " and fm.user_id in (:members))", "members", c.members().stream().map(UserId::value).toList());
        }
        if (!c.salespeople().isEmpty()) {
            sql.append(" and c.salesperson_id in (:salespeople)", "salespeople",
                    c.salespeople().stream().map(UserId::value).toList());
        }
        tri(sql, c.stagnant(), stagnant + " = 1");
        tri(sql, c.hasTasks(), "exists (select 1 from crm_agenda_entry t where t.tenant_id = c.tenant_id"
                + " and t.card_id = c.id and t.status = 'PENDING')");
        tri(sql, c.archived(), "c.archived");
        tri(sql, c.lost(), "c.lost_at is not null");
        tri(sql, c.convertedToCustomer(), "c.converted_to_customer_at is not null");
        tri(sql, c.convertedToService(), "c.converted_to_service_at is not null");
    }

    private static void tri(SqlQuery sql, TriState state, String condition) {
        if (state == TriState.YES) {
            sql.append(" and (" + condition + ")");
        } else if (state == TriState.NO) {
            sql.append(" and not (" + condition + ")");
        }
    }

    private List<Object[]> rows(SqlQuery sql) {
        return rows(sql, 0);
    }

    private List<Object[]> rows(SqlQuery sql, int limit) {
        return sql.rows(uow, limit);
    }

    /** Summaries of rows of {@link #SUMMARY}, with their labels and members in one statement. */
    private List<CardSummary> summaries(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> uuid(r[0])).toList();
        // Immutable sets from the start (a summary keeps them as they are), and each user's id made once: a board
        // of 5,000 cards names a few users thousands of times, and checking an id's text each time was a tenth of
        // the board's CPU samples.
        Map<UUID, Set<LabelId>> labels = new HashMap<>(2 * rows.size());
        Map<UUID, Set<UserId>> members = new HashMap<>(2 * rows.size());
        Map<String, UserId> users = new HashMap<>();
        for (Object[] p : labelsAndMembers(ids)) {
            if (String.valueOf(p[0]).equals("L")) { // a String on PostgreSQL, a Character on H2
                labels.merge(uuid(p[1]), Set.of(new LabelId(uuid(p[2]))), JpaCards::union);
            } else {
                members.merge(uuid(p[1]), Set.of(users.computeIfAbsent((String) p[3], UserId::of)), JpaCards::union);
            }
        }
        List<CardSummary> summaries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = uuid(r[0]);
            BigDecimal amount = (BigDecimal) r[5];
            summaries.add(new CardSummary(new CardId(id), new StageId(uuid(r[1])), (String) r[2], (String) r[3],
                    labels.getOrDefault(id, Set.of()), members.getOrDefault(id, Set.of()),
                    r[4] == null ? null : users.computeIfAbsent((String) r[4], UserId::of),
                    amount == null ? null : new Money(amount, Currency.getInstance((String) r[6])), date(r[7]),
                    r[8] == null ? null : new AccountId(uuid(r[8])), (String) r[9], instant(r[10]), (Boolean) r[11],
                    r[12] != null, r[13] != null, r[14] != null, ((Number) r[15]).intValue() == 1, ((Number) r[21]).longValue(),
                    ((Number) r[16]).intValue(), ((Number) r[17]).intValue(), instant(r[18]), instant(r[19]),
                    Version.of(((Number) r[20]).longValue())));
        }
        return summaries;
    }

    /** Two immutable sets as one: a card's labels and members come a row each, and a card has few of them. */
    private static <T> Set<T> union(Set<T> some, Set<T> more) {
        List<T> all = new ArrayList<>(some.size() + more.size());
        all.addAll(some);
        all.addAll(more);
        return Set.copyOf(all);
    }

    /**
     * The labels and members of some cards in one statement: (part {@code L} or {@code M}, card, label or none, user or
     * none).
     */
    private List<Object[]> labelsAndMembers(List<UUID> cardIds) {
        InList in = uow.uuids("id", cardIds);
        String of = " where tenant_id = :tenant and " + in.in("card_id");
        return pairs("select 'L', card_id, label_id, cast(null as varchar) from crm_card_label" + of
                + " union all select 'M', card_id, cast(null as uuid), cast(user_id as varchar) from crm_card_member" + of, in);
    }

    private List<Object[]> pairs(String sql, InList ids) {
        return ids.bind(new SqlQuery().append(sql).bind("tenant", uow.tenant)).rows(uow, 0);
    }

    /** A uuid as the driver returns it: PostgreSQL's as a {@link UUID}, H2's (in a native query) as 16 bytes. */
    static UUID uuid(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap((byte[]) value);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** An instant as the driver returns it for a {@code timestamp with time zone} column. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        throw new dev.crmkit.common.StoreException("unexpected timestamp type " + value.getClass().getName(), null);
    }

    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    @Override
    public Card insert(Card card) {
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        Card stored = card.withVersion(Version.FIRST);
        CardEntity row = CardEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    /**
     * The cards of an import in plain JDBC, one batch per table (cards, labels, members): through Hibernate, persisting
     * thousands of new rows and ordering their inserts at the flush cost several times the statements themselves.
     * The rows are those {@link #insert} writes ({@link CardEntity#of}); none of them becomes managed, so a later
     * change in the same unit of work reads its card from the database like any other.
     */
    @Override
    public List<Card> insertAll(List<Card> cards) {
        List<Card> stored = new ArrayList<>(cards.size());
        List<CardEntity> rows = new ArrayList<>(cards.size());
        List<Object[]> labels = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (Card card : cards) {
            Card first = card.withVersion(Version.FIRST);
            CardEntity row = CardEntity.of(uow.tenant, first, uow.json);
            row.version = Version.FIRST.value();
            stored.add(first);
            rows.add(row);
            row.labels.forEach(label -> labels.add(new Object[] {row.id, label}));
            row.members.forEach(member -> members.add(new Object[] {row.id, member}));
        }
        uow.insertBatch(CardEntity.INSERT, rows, (statement, row) -> row.bind(statement));
        uow.insertBatch(CardEntity.INSERT_LABEL, labels, (statement, label) -> {
            statement.setString(1, uow.tenant);
            statement.setObject(2, label[0]);
            statement.setObject(3, label[1]);
        });
        uow.insertBatch(CardEntity.INSERT_MEMBER, members, (statement, member) -> {
            statement.setString(1, uow.tenant);
            statement.setObject(2, member[0]);
            statement.setString(3, (String) member[1]);
        });
        return stored;
    }

    @Override
    public Card update(Card card) {
        Card before = held.forChange(card.id().value());
        return before == null ? updateManaged(card) : updateHeld(before, card);
    }

    /**
     * Stores the change of a card held for it, in plain JDBC: the row written whole with its version moved on by one
     * ({@link JpaUnitOfWork#updateHeld}), then the labels and members that changed (a statement per kind that did).
     */
    private Card updateHeld(Card before, Card card) {
        Card stored = card.withVersion(card.version().next());
        CardEntity row = CardEntity.of(uow.tenant, stored, uow.json);
        row.version = stored.version().value();
        long loaded = card.version().value();
        uow.updateHeld("card", card.id(), before.version(), card.version(), CardEntity.UPDATE,
                statement -> row.bindUpdate(statement, loaded));
        writeDifference(row.id, ids(before.labels(), LabelId::value), ids(card.labels(), LabelId::value), "crm_card_label",
                "label_id", CardEntity.INSERT_LABEL);
        writeDifference(row.id, ids(before.members(), UserId::value), ids(card.members(), UserId::value), "crm_card_member",
                "user_id", CardEntity.INSERT_MEMBER);
        held.hold(card.id().value(), stored);
        return stored;
    }

    private static <T, V> Set<V> ids(Set<T> values, java.util.function.Function<T, V> value) {
        return values.stream().map(value).collect(Collectors.toSet());
    }

    /** Stores a change of a card Hibernate manages (or one this unit of work has not read), through its row. */
    private Card updateManaged(Card card) {
        CardEntity row = row(card.id());
        Card before = row == null ? null : current(row);
        boolean unchanged = row != null && before.equals(card);
        // Only labels or members changed and they are written by SQL: Hibernate sees no dirty column and would not
        // move the version, so the row is treated as unchanged (its version forced on by one) and the children
        // written beside it.
        boolean childrenOnly = !unchanged && row != null && !row.childrenInMemory()
                && StoredRecords.card(card).labels(before.labels()).members(before.members()).build().equals(before);
        Card stored = card.withVersion(uow.update(row, "card", card.id(), card.version(), r -> r.version,
                unchanged || childrenOnly, r -> {
                    r.apply(card, uow.json);
                    writeUnloadedChildren(r, before, card);
                }));
        if (childrenOnly) {
            writeUnloadedChildren(row, before, card);
        }
        row.loaded = stored;
        return stored;
    }

    /**
     * The change of labels and members whose collections were never loaded ({@link CardEntity#apply} leaves them to
     * this): per kind, the removed ones deleted in one statement, the added ones inserted in one batch.
     */
    private void writeUnloadedChildren(CardEntity row, Card before, Card card) {
        if (!org.hibernate.Hibernate.isInitialized(row.labels)) {
            writeDifference(row.id, ids(before.labels(), LabelId::value), ids(card.labels(), LabelId::value),
                    "crm_card_label", "label_id", CardEntity.INSERT_LABEL);
        }
        if (!org.hibernate.Hibernate.isInitialized(row.members)) {
            writeDifference(row.id, ids(before.members(), UserId::value), ids(card.members(), UserId::value),
                    "crm_card_member", "user_id", CardEntity.INSERT_MEMBER);
        }
    }

    /** One kind of a card's child rows brought from {@code before} to {@code after}. */
    private <T> void writeDifference(UUID cardId, Set<T> before, Set<T> after, String table, String column, String insert) {
        List<T> removed = before.stream().filter(value -> !after.contains(value)).toList();
        if (!removed.isEmpty()) {
            new SqlQuery().append("delete from " + table + " where tenant_id = :tenant and card_id = :card and " + column
                    + " in (:values)", "tenant", uow.tenant).bind("card", cardId).bind("values", removed).execute(uow);
        }
        List<Object[]> added = after.stream().filter(value -> !before.contains(value)).map(value -> new Object[] {cardId, value})
                .toList();
        uow.insertBatch(insert, added, (statement, child) -> {
            statement.setString(1, uow.tenant);
            statement.setObject(2, child[0]);
            statement.setObject(3, child[1]);
        });
    }

    @Override
    public void delete(Card card) {
        held.forget(card.id().value());
        uow.delete(row(card.id()), "card", card.id(), card.version(), r -> r.version);
    }

    /** A stage's totals while they are summed up. */
    private static final class Totals {

        long count;
        long stagnant;
        final Map<String, BigDecimal> sums = new TreeMap<>();

        StageTotals toStageTotals() {
            List<Money> money = new ArrayList<>();
            sums.forEach((currency, amount) -> money.add(new Money(amount, Currency.getInstance(currency))));
            return new StageTotals(count, money, stagnant);
        }
    }

    /** One aggregate over the account's open cards (index {@code crm_card_account_state_ix}). */
    @Override
    public List<CardValueSum> openValuesOf(AccountId accountId) {
        List<CardValueSum> sums = new ArrayList<>();
        for (Object[] row : new SqlQuery()
                .append("select pipeline_id, stage_id, value_currency, sum(value_amount), count(*) from crm_card"
                        + " where tenant_id = :tenant", "tenant", uow.tenant)
                .append(" and account_id = :account and is_open = true and value_amount is not null"
                        + " group by pipeline_id, stage_id, value_currency", "account", accountId.value())
                .rows(uow, 0)) {
            sums.add(new CardValueSum(new CardValueGroup(new PipelineId(uuid(row[0])), new StageId(uuid(row[1])), null, null),
                    Currency.getInstance((String) row[2]), (BigDecimal) row[3], ((Number) row[4]).longValue()));
        }
        return sums;
    }

    /**
     * One aggregate over the pipeline's open cards with a value, by stage, salesperson, close month and currency,
     * with the shared access predicate over each card's account. On PostgreSQL the month is one cheap key, the close
     * date truncated to its month ({@code extract} computes a {@code numeric} per row and per field: a fifth more time
     * over a pipeline of 20,000 cards); H2 groups by year and month.
     */
    @Override
    public List<CardValueSum> forecastOf(PipelineId pipelineId, AccountAccess access) {
        boolean postgres = uow.postgres();
        String month = postgres ? "cast(date_trunc('month', cast(c.expected_close_date as timestamp)) as date)"
                : "extract(year from c.expected_close_date), extract(month from c.expected_close_date)";
        SqlQuery query = new SqlQuery()
                .append("select c.stage_id, c.salesperson_id, c.value_currency, sum(c.value_amount), count(*), " + month
                        + " from crm_card c where c.tenant_id = :tenant", "tenant", uow.tenant)
                .append(" and c.pipeline_id = :pipeline and c.is_open = true and c.value_amount is not null",
                        "pipeline", pipelineId.value())
                .append(" and (c.account_id is null or (1 = 1");
        query.access(access, "c", "account_id")
                .append(")) group by c.stage_id, c.salesperson_id, c.value_currency, " + month);
        List<CardValueSum> sums = new ArrayList<>();
        for (Object[] row : query.rows(uow, 0)) {
            YearMonth close = row[5] == null ? null : postgres ? YearMonth.from(date(row[5]))
                    : YearMonth.of(((Number) row[5]).intValue(), ((Number) row[6]).intValue());
            UserId salesperson = row[1] == null ? null : new UserId((String) row[1]);
            sums.add(new CardValueSum(new CardValueGroup(pipelineId, new StageId(uuid(row[0])), salesperson, close),
                    Currency.getInstance((String) row[2]), (BigDecimal) row[3], ((Number) row[4]).longValue()));
        }
        return sums;
    }

    /** One statement of four scalar subqueries, each on an index that starts with the tenant and the account. */
    @Override
    public AccountEffort effortOf(AccountId accountId) {
        Object[] row = new SqlQuery()
                .append("select (select count(*) from crm_agenda_entry where tenant_id = :tenant and account_id = :account),"
                        + " (select coalesce(sum(comment_count), 0) from crm_card where tenant_id = :tenant"
                        + " and account_id = :account),"
                        + " (select count(*) from crm_message where tenant_id = :tenant and account_id = :account),"
                        + " (select min(created_at) from crm_card where tenant_id = :tenant and account_id = :account"
                        + " and is_open = true)", "tenant", uow.tenant)
                .bind("account", accountId.value())
                .rows(uow, 0).get(0);
        return new AccountEffort(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), instant(row[3]));
    }
}
