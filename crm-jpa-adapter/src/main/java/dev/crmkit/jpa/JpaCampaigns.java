package dev.crmkit.jpa;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.campaign.Attribution;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignMember;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignStatus;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.MemberCounts;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.campaign.OfferQuotes;
import dev.crmkit.campaign.SkipReason;
import dev.crmkit.campaign.VisitPlan;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.CampaignEvent;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.CampaignCandidate;
import dev.crmkit.spi.CampaignHistoryRecord;
import dev.crmkit.spi.CampaignRepository;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns, their members and history in plain JDBC statements on the unit of work's connection, each pinning
 * {@code tenant_id}. A launch's members go in JDBC batches ({@link JpaUnitOfWork#insertBatch}); counts, pages and the
 * attribution are one statement each, with the shared access predicate on the members' accounts.
 */
final class JpaCampaigns implements CampaignRepository {

    private static final String CAMPAIGN_COLUMNS = "c.campaign_id, c.name, c.kind, c.starts_on, c.ends_on, c.owner_id,"
            + " c.target_json, c.status, c.offer_json, c.plan_json, c.created_at, c.launched_at, c.ended_at, c.version";
    private static final String MEMBER_COLUMNS = "m.member_id, m.campaign_id, m.account_id, m.contact_id, m.status,"
            + " m.skip_reason, m.assignee, m.planned_on, m.agenda_entry_id, m.quote_id, m.updated_at, m.version";
    static final String INSERT_MEMBER = "insert into crm_campaign_member (tenant_id, member_id, campaign_id, account_id,"
            + " contact_id, status, skip_reason, assignee, planned_on, agenda_entry_id, quote_id, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CAMPAIGN = "insert into crm_campaign (tenant_id, campaign_id, name, name_key, kind,"
            + " starts_on, ends_on, owner_id, target_json, status, offer_json, plan_json, created_at, launched_at, ended_at,"
            + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JpaUnitOfWork uow;

    JpaCampaigns(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void insert(Campaign c) {
        uow.insertBatch(INSERT_CAMPAIGN, List.of(c), (statement, row) -> {
            statement.setString(1, uow.tenant);
            statement.setObject(2, row.id().value());
            statement.setString(3, row.name());
            statement.setString(4, row.nameKey());
            statement.setString(5, row.kind().name());
            statement.setObject(6, row.period().from());
            statement.setObject(7, row.period().to());
            statement.setString(8, row.owner().value());
            statement.setString(9, uow.json.write(row.target()));
            statement.setString(10, row.status().name());
            statement.setString(11, row.offer() == null ? null : uow.json.write(row.offer()));
            statement.setString(12, row.plan() == null ? null : uow.json.write(row.plan()));
            JpaUnitOfWork.setInstant(statement, 13, row.createdAt());
            JpaUnitOfWork.setInstant(statement, 14, row.launchedAt());
            JpaUnitOfWork.setInstant(statement, 15, row.endedAt());
            statement.setLong(16, row.version().value());
        });
    }

    @Override
    public void update(Campaign c, Version expected) {
        uow.writable();
        int changed = new SqlQuery().append("update crm_campaign set name = :name, name_key = :key, starts_on = :from,"
                        + " ends_on = :to, target_json = :target, status = :status, offer_json = :offer, plan_json = :plan,"
                        + " launched_at = :launched, ended_at = :ended, version = :version"
                        + " where tenant_id = :tenant and campaign_id = :id and version = :expected", "name", c.name())
                .bind("key", c.nameKey())
                .bind("from", c.period().from())
                .bind("to", c.period().to())
                .bind("target", uow.json.write(c.target()))
                .bind("status", c.status().name())
                .bind("offer", c.offer() == null ? null : uow.json.write(c.offer()))
                .bind("plan", c.plan() == null ? null : uow.json.write(c.plan()))
                .bind("launched", c.launchedAt())
                .bind("ended", c.endedAt())
                .bind("version", c.version().value())
                .bind("tenant", uow.tenant)
                .bind("id", c.id().value())
                .bind("expected", expected.value())
                .execute(uow);
        if (changed == 0) {
            Campaign current = findById(c.id()).orElseThrow(() -> new NotFoundException("campaign", "id", c.id()));
            throw ConflictException.staleVersion("campaign", c.id(), expected, current.version());
        }
    }

    @Override
    public Optional<Campaign> findById(CampaignId id) {
        return campaigns(new SqlQuery().append("select " + CAMPAIGN_COLUMNS + " from crm_campaign c where c.tenant_id = :tenant"
                + " and c.campaign_id = :id", "tenant", uow.tenant).bind("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<Campaign> findByNameKey(String nameKey) {
        return campaigns(new SqlQuery().append("select " + CAMPAIGN_COLUMNS + " from crm_campaign c where c.tenant_id = :tenant"
                + " and c.name_key = :key", "tenant", uow.tenant).bind("key", nameKey)).stream().findFirst();
    }

    @Override
    public List<Campaign> findAll() {
        return campaigns(new SqlQuery().append("select " + CAMPAIGN_COLUMNS + " from crm_campaign c where c.tenant_id = :tenant",
                "tenant", uow.tenant));
    }

    private List<Campaign> campaigns(SqlQuery sql) {
        return sql.rows(uow, 0, rs -> Campaign.builder(new CampaignId(rs.getObject(1, UUID.class)), rs.getString(2))
                .kind(CampaignKind.valueOf(rs.getString(3)))
                .period(CampaignPeriod.of(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .owner(UserId.of(rs.getString(6)))
                .target(uow.json.read(rs.getString(7), CampaignTarget.class))
                .status(CampaignStatus.valueOf(rs.getString(8)))
                .offer(rs.getString(9) == null ? null : uow.json.read(rs.getString(9), OfferQuotes.class))
                .plan(rs.getString(10) == null ? null : uow.json.read(rs.getString(10), VisitPlan.class))
                .createdAt(SqlQuery.instant(rs, 11))
                .launchedAt(SqlQuery.instant(rs, 12))
                .endedAt(SqlQuery.instant(rs, 13))
                .version(Version.of(rs.getLong(14)))
                .build());
    }

    /**
     * One statement: the accounts the criteria admits, joined with their responsibles (an account of several
     * responsibles comes as several rows, next to each other in the account id's order).
     */
    @Override
    public List<CampaignCandidate> candidates(AccountCriteria criteria) {
        SqlQuery sql = ((JpaAccounts) uow.accounts()).where(new SqlQuery().append("select a.id, a.emails, a.phones, a.mobile,"
                + " a.street, a.customer_type_id, r.user_id from crm_account a left join crm_account_responsible r"
                + " on r.tenant_id = a.tenant_id and r.account_id = a.id"), criteria);
        sql.append(" order by a.id");
        return collect(sql);
    }

    @Override
    public List<CampaignCandidate> candidates(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = uow.uuids("ids", ids.stream().map(AccountId::value).toList());
        return collect(in.bind(new SqlQuery().append("select a.id, a.emails, a.phones, a.mobile, a.street,"
                + " a.customer_type_id, r.user_id from crm_account a left join crm_account_responsible r"
                + " on r.tenant_id = a.tenant_id and r.account_id = a.id where a.tenant_id = :tenant and " + in.in("a.id")
                + " order by a.id", "tenant", uow.tenant)));
    }

    /** A candidate per account, from rows of one account next to each other. */
    private List<CampaignCandidate> collect(SqlQuery sql) {
        List<CampaignCandidate> candidates = new ArrayList<>();
        List<Object[]> rows = sql.rows(uow, 0, rs -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7)});
        Map<UUID, Object[]> accounts = new LinkedHashMap<>();
        Map<UUID, List<UserId>> users = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            accounts.putIfAbsent(id, row);
            List<UserId> of = users.computeIfAbsent(id, k -> new ArrayList<>());
            if (row[6] != null) {
                of.add(UserId.of((String) row[6]));
            }
        }
        accounts.forEach((id, row) -> candidates.add(new CampaignCandidate(new AccountId(id), users.get(id),
                row[5] == null ? null : new CatalogEntryId((UUID) row[5]),
                CampaignCandidate.channels(!empty((String) row[1]), !empty((String) row[2]) || row[3] != null,
                        row[4] != null && !((String) row[4]).isBlank()))));
        return candidates;
    }

    /** A JSON list of texts as the accounts table keeps it: empty when absent or {@code []}. */
    private static boolean empty(String json) {
        return json == null || json.isBlank() || json.strip().equals("[]");
    }

    @Override
    public void insertMembers(List<CampaignMember> members) {
        uow.insertBatch(INSERT_MEMBER, members, (statement, m) -> {
            statement.setString(1, uow.tenant);
            statement.setObject(2, m.id().value());
            statement.setObject(3, m.campaignId().value());
            statement.setObject(4, m.accountId().value());
            statement.setObject(5, m.contactId() == null ? null : m.contactId().value());
            statement.setString(6, m.status().name());
            statement.setString(7, m.skipReason() == null ? null : m.skipReason().name());
            statement.setString(8, m.assignee() == null ? null : m.assignee().value());
            statement.setObject(9, m.plannedOn());
            statement.setObject(10, m.agendaEntryId() == null ? null : m.agendaEntryId().value());
            statement.setObject(11, m.quoteId() == null ? null : m.quoteId().value());
            JpaUnitOfWork.setInstant(statement, 12, m.updatedAt());
            statement.setLong(13, m.version().value());
        });
    }

    @Override
    public void updateMember(CampaignMember m, Version expected) {
        uow.writable();
        int changed = new SqlQuery().append("update crm_campaign_member set status = :status, updated_at = :at,"
                        + " version = :version where tenant_id = :tenant and member_id = :id and version = :expected",
                        "status", m.status().name())
                .bind("at", m.updatedAt())
                .bind("version", m.version().value())
                .bind("tenant", uow.tenant)
                .bind("id", m.id().value())
                .bind("expected", expected.value())
                .execute(uow);
        if (changed == 0) {
            CampaignMember current = findMember(m.id()).orElseThrow(() -> new NotFoundException("campaign-member", "id", m.id()));
            throw ConflictException.staleVersion("campaign-member", m.id(), expected, current.version());
        }
    }

    @Override
    public Optional<CampaignMember> findMember(CampaignMemberId id) {
        return new SqlQuery().append("select " + MEMBER_COLUMNS + " from crm_campaign_member m where m.tenant_id = :tenant"
                + " and m.member_id = :id", "tenant", uow.tenant).bind("id", id.value())
                .rows(uow, 1, JpaCampaigns::member).stream().findFirst();
    }

    @Override
    public List<CampaignMember> members(CampaignId campaignId, AccountAccess access, CampaignMemberId after, int limit) {
        SqlQuery sql = new SqlQuery().append("select " + MEMBER_COLUMNS + " from crm_campaign_member m"
                + " where m.tenant_id = :tenant and m.campaign_id = :campaign", "tenant", uow.tenant)
                .bind("campaign", campaignId.value());
        if (after != null) {
            sql.append(" and m.member_id > :after", "after", after.value());
        }
        sql.access(access, "m", "account_id");
        sql.append(" order by m.member_id");
        return sql.rows(uow, limit, JpaCampaigns::member);
    }

    @Override
    public MemberCounts count(CampaignId campaignId, AccountAccess access) {
        SqlQuery sql = new SqlQuery().append("select m.status, m.skip_reason, count(*) from crm_campaign_member m"
                + " where m.tenant_id = :tenant and m.campaign_id = :campaign", "tenant", uow.tenant)
                .bind("campaign", campaignId.value());
        sql.access(access, "m", "account_id");
        sql.append(" group by m.status, m.skip_reason");
        Map<MemberStatus, Long> byStatus = new EnumMap<>(MemberStatus.class);
        Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        for (Object[] row : sql.rows(uow, 0, rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})) {
            long n = (Long) row[2];
            byStatus.merge(MemberStatus.valueOf((String) row[0]), n, Long::sum);
            if (row[1] != null) {
                skipped.merge(SkipReason.valueOf((String) row[1]), n, Long::sum);
            }
        }
        return new MemberCounts(byStatus, skipped);
    }

    /**
     * Two statements: the cards, quotes and orders of the members' accounts (each account once) in the window, with the
     * orders' subtotals by currency; then the members reached that converted.
     */
    @Override
    public Attributed attribution(CampaignId campaignId, AccountAccess access, Instant from, Instant to) {
        SqlQuery accounts = new SqlQuery().append("select distinct m.account_id from crm_campaign_member m"
                + " where m.tenant_id = :tenant and m.campaign_id = :campaign and m.status <> 'SKIPPED'", "tenant", uow.tenant)
                .bind("campaign", campaignId.value());
        accounts.access(access, "m", "account_id");
        String members = accounts.text();
        SqlQuery sql = new SqlQuery().append("select 'card', null, count(*) from crm_card x where x.tenant_id = :tenant"
                        + " and x.account_id in (" + members + ") and x.created_at >= :from and x.created_at < :to"
                        + " union all select 'quote', null, count(*) from crm_quote x where x.tenant_id = :tenant"
                        + " and x.account_id in (" + members + ") and x.created_at >= :from and x.created_at < :to"
                        + " union all select 'order', x.currency, count(*) from crm_order x where x.tenant_id = :tenant"
                        + " and x.account_id in (" + members + ") and x.placed_at >= :from and x.placed_at < :to"
                        + " group by x.currency", "tenant", uow.tenant)
                .bindAll(accounts)
                .bind("from", from)
                .bind("to", to);
        SqlQuery revenueSql = new SqlQuery().append("select x.currency, sum(x.subtotal) from crm_order x where x.tenant_id = :tenant"
                        + " and x.account_id in (" + members + ") and x.placed_at >= :from and x.placed_at < :to"
                        + " group by x.currency order by x.currency", "tenant", uow.tenant)
                .bindAll(accounts)
                .bind("from", from)
                .bind("to", to);
        long cards = 0;
        long quotes = 0;
        long orders = 0;
        for (Object[] row : sql.rows(uow, 0, rs -> new Object[] {rs.getString(1), rs.getLong(3)})) {
            switch ((String) row[0]) {
                case "card" -> cards += (Long) row[1];
                case "quote" -> quotes += (Long) row[1];
                default -> orders += (Long) row[1];
            }
        }
        List<Money> revenue = new ArrayList<>();
        for (Object[] row : revenueSql.rows(uow, 0, rs -> new Object[] {rs.getString(1), rs.getBigDecimal(2)})) {
            revenue.add(new Money((BigDecimal) row[1], Currency.getInstance((String) row[0])));
        }
        SqlQuery converted = new SqlQuery().append("select count(*) from crm_campaign_member m where m.tenant_id = :tenant"
                        + " and m.campaign_id = :campaign and m.status in ('SENT', 'SCHEDULED', 'RESPONDED', 'CONVERTED',"
                        + " 'OPTED_OUT') and (m.status = 'CONVERTED' or exists (select 1 from crm_order x"
                        + " where x.tenant_id = m.tenant_id and x.account_id = m.account_id and x.placed_at >= :from"
                        + " and x.placed_at < :to))", "tenant", uow.tenant)
                .bind("campaign", campaignId.value())
                .bind("from", from)
                .bind("to", to);
        converted.access(access, "m", "account_id");
        long convertedMembers = converted.rows(uow, 0, rs -> rs.getLong(1)).get(0);
        return new Attributed(new Attribution(cards, quotes, orders, revenue), convertedMembers);
    }

    @Override
    public void appendHistory(CampaignHistoryRecord record) {
        var meta = record.event().meta();
        String payload = uow.json.writeEvent(record.event());
        uow.insertBatch("insert into crm_campaign_history (tenant_id, campaign_id, event_id, occurred_at, actor_name,"
                + " payload) values (?, ?, ?, ?, ?, ?)", List.of(record), (statement, r) -> {
                    statement.setString(1, uow.tenant);
                    statement.setObject(2, r.event().campaignId().value());
                    statement.setObject(3, meta.eventId().value());
                    JpaUnitOfWork.setInstant(statement, 4, meta.occurredAt());
                    statement.setString(5, r.actorName());
                    statement.setString(6, payload);
                });
    }

    @Override
    public List<CampaignHistoryRecord> history(CampaignId campaignId) {
        return new SqlQuery().append("select h.payload, h.actor_name from crm_campaign_history h"
                        + " where h.tenant_id = :tenant and h.campaign_id = :campaign order by h.occurred_at, h.event_id",
                        "tenant", uow.tenant)
                .bind("campaign", campaignId.value())
                .rows(uow, 0).stream()
                .map(row -> new CampaignHistoryRecord((CampaignEvent.HistoryEvent) uow.json.readEvent((String) row[0]),
                        (String) row[1]))
                .toList();
    }

    @Override
    public void deleteAccount(AccountId accountId) {
        new SqlQuery().append("delete from crm_campaign_member where tenant_id = :tenant and account_id = :account",
                "tenant", uow.tenant).bind("account", accountId.value()).execute(uow);
    }

    private static CampaignMember member(ResultSet rs) throws SQLException {
        UUID contact = rs.getObject(4, UUID.class);
        String skip = rs.getString(6);
        String assignee = rs.getString(7);
        UUID entry = rs.getObject(9, UUID.class);
        UUID quote = rs.getObject(10, UUID.class);
        return CampaignMember.builder(new CampaignMemberId(rs.getObject(1, UUID.class)),
                        new CampaignId(rs.getObject(2, UUID.class)), new AccountId(rs.getObject(3, UUID.class)))
                .contactId(contact == null ? null : new ContactId(contact))
                .status(MemberStatus.valueOf(rs.getString(5)))
                .skipReason(skip == null ? null : SkipReason.valueOf(skip))
                .assignee(assignee == null ? null : UserId.of(assignee))
                .plannedOn(rs.getObject(8, LocalDate.class))
                .agendaEntryId(entry == null ? null : new AgendaEntryId(entry))
                .quoteId(quote == null ? null : new QuoteId(quote))
                .updatedAt(SqlQuery.instant(rs, 11))
                .version(Version.of(rs.getLong(12)))
                .build();
    }
}
