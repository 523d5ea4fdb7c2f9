package dev.crmkit.jpa;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.NameSimilarity;
import dev.crmkit.common.AccountId;
import dev.crmkit.account.ProspectState;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.AccountName;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.TransactionMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The accounts of a unit of work's tenant. Queries are SQL: every filter of {@link AccountCriteria} and the
 * access predicate become conditions (EXISTS over the side tables), pages are keyset pages over
 * (sort key, id), and a page loads its accounts in one statement and their collections in one statement each.
 */
final class JpaAccounts implements AccountRepository {

    private final JpaUnitOfWork uow;

    JpaAccounts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private AccountEntity row(AccountId id) {
        return uow.rowForChange(AccountEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    /**
     * A managed row's account: the one this unit of work last read or stored, otherwise built from the row's columns
     * and its child rows read in one statement, not through the three collections (a statement each).
     */
    private Account current(AccountEntity row) {
        if (row.loaded == null) {
            row.loaded = row.childrenInMemory() ? row.toDomain(uow.json) : toDomain(List.of(row)).get(0);
        }
        return row.loaded;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        if (uow.mode() == TransactionMode.READ_WRITE) {
            // A row read to be changed is a managed entity, locked, whose collections the change then edits.
            AccountEntity row = row(id);
            return Optional.ofNullable(row).map(this::current);
        }
        // A row read to be shown: its columns with plain JDBC, its child rows in one statement.
        return toDomain(new SqlQuery().append("select " + AccountEntity.COLUMNS
                        + " from crm_account a where a.tenant_id = :tenant and a.id = :id", "tenant", uow.tenant)
                .bind("id", id.value())
                .rows(uow, 0, AccountEntity::read)).stream().findFirst();
    }

    @Override
    public List<Account> findByIds(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = uow.uuids("id", ids.stream().map(AccountId::value).toList());
        return toDomain(in.bind(new SqlQuery().append("select " + AccountEntity.COLUMNS
                        + " from crm_account a where a.tenant_id = :tenant and " + in.in("a.id"), "tenant", uow.tenant))
                .rows(uow, 0, AccountEntity::read));
    }

    /** The legal names and responsibles in one statement, a row per responsible, no entity built. */
    @Override
    public List<AccountName> names(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = uow.uuids("id", ids.stream().map(AccountId::value).toList());
        List<Object[]> rows = in.bind(new SqlQuery().append("select a.id, a.legal_name, r.user_id from crm_account a"
                        + " left join crm_account_responsible r on r.tenant_id = a.tenant_id and r.account_id = a.id"
                        + " where a.tenant_id = :tenant and " + in.in("a.id"), "tenant", uow.tenant))
                .rows(uow, 0);
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Set<UserId>> responsibles = new HashMap<>();
        for (Object[] row : rows) {
            UUID id = JpaCards.uuid(row[0]);
            names.put(id, (String) row[1]);
            Set<UserId> users = responsibles.computeIfAbsent(id, k -> new HashSet<>());
            if (row[2] != null) {
                users.add(UserId.of((String) row[2]));
            }
        }
        return names.entrySet().stream()
                .map(e -> new AccountName(new AccountId(e.getKey()), e.getValue(), responsibles.get(e.getKey())))
                .toList();
    }

    /**
     * Accounts of many rows, their responsibles, characteristic values and interests read with one statement
     * ({@link #children}) for all of them. Hibernate's collection batch loading of the same would key by the
     * composite (account_id, tenant_id) tuple and build its SQL on every load.
     */
    private List<Account> toDomain(List<AccountEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> r.id).toList();
        Map<UUID, Set<String>> responsibles = new HashMap<>();
        Map<UUID, Map<UUID, AccountEntity.CharacteristicRow>> values = new HashMap<>();
        Map<UUID, Map<UUID, AccountEntity.InterestRow>> marks = new HashMap<>();
        for (Child row : children(ids)) {
            switch (row.part()) {
                case "R" -> responsibles.computeIfAbsent(row.account(), k -> new HashSet<>()).add(row.first());
                case "C" -> values.computeIfAbsent(row.account(), k -> new HashMap<>()).put(row.key(),
                        AccountEntity.CharacteristicRow.of(row.first(), row.second(), row.third()));
                default -> marks.computeIfAbsent(row.account(), k -> new HashMap<>()).put(row.key(),
                        AccountEntity.InterestRow.of(row.first(), row.second()));
            }
        }
        return rows.stream().map(r -> r.toDomain(uow.json, responsibles.getOrDefault(r.id, Set.of()),
                values.getOrDefault(r.id, Map.of()), marks.getOrDefault(r.id, Map.of()))).toList();
    }

    /**
     * The responsibles (part {@code R}), characteristic values ({@code C}) and interests ({@code I}) of some accounts
     * in one statement: (part, account, type or area, text, text, text).
     */
    private List<Child> children(List<UUID> accountIds) {
        InList ids = uow.uuids("id", accountIds);
        String of = " where tenant_id = :tenant and " + ids.in("account_id");
        return ids.bind(new SqlQuery().append("select 'R', account_id, cast(null as uuid), cast(user_id as varchar),"
                        + " cast(null as varchar), cast(null as varchar) from crm_account_responsible" + of
                        + " union all select 'C', account_id, type_id, cast(value_type as varchar), cast(stored_value as varchar),"
                        + " cast(value_key as varchar) from crm_account_characteristic" + of
                        + " union all select 'I', account_id, area_id, cast(kind as varchar), cast(note as varchar),"
                        + " cast(null as varchar) from crm_account_interest" + of, "tenant", uow.tenant))
                .rows(uow, 0, rs -> new Child(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6)));
    }

    /** A row of {@link #children}: its part, account, type or area (none for a responsible), and three texts. */
    private record Child(String part, UUID account, UUID key, String first, String second, String third) {}

    @Override
    public Optional<Account> findByTaxKey(String taxKey) {
        return uow.em().createQuery("select a from Account a where a.tenantId = :tenant and a.taxKey = :key", AccountEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("key", taxKey)
                .getResultList().stream().findFirst().map(r -> r.toDomain(uow.json));
    }

    @Override
    public Set<String> existingTaxKeys(Collection<String> taxKeys) {
        if (taxKeys.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(uow.em().createQuery("select a.taxKey from Account a where a.tenantId = :tenant and a.taxKey in :keys",
                        String.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("keys", List.copyOf(Set.copyOf(taxKeys)))
                .getResultList());
    }

    @Override
    public Map<String, AccountId> idsByTaxKey(Collection<String> taxKeys) {
        Map<String, AccountId> ids = new HashMap<>();
        if (taxKeys.isEmpty()) {
            return ids;
        }
        uow.em().createQuery("select a.taxKey, a.id from Account a where a.tenantId = :tenant and a.taxKey in :keys",
                        Object[].class)
                .setParameter("tenant", uow.tenant)
                .setParameter("keys", List.copyOf(Set.copyOf(taxKeys)))
                .getResultList()
                .forEach(row -> ids.put((String) row[0], new AccountId((UUID) row[1])));
        return ids;
    }

    @Override
    public List<Account> find(AccountCriteria criteria, AccountCriteria.AccountPosition after, int limit) {
        SqlQuery sql = where(new SqlQuery().append("select " + AccountEntity.COLUMNS + " from crm_account a"), criteria);
        String key = switch (criteria.sort()) {
            case NAME -> "a.name_key";
            case CREATED -> "a.created_at";
            case UPDATED -> "a.updated_at";
        };
        boolean ascending = criteria.direction() == SortDirection.ASC;
        if (after != null) {
            // Row-value comparison: the database's uuid order is the unsigned order of AccountId.compareTo.
            sql.append(" and (" + key + ", a.id) " + (ascending ? ">" : "<") + " (:afterKey, :afterId)")
                    .bind("afterKey", criteria.sort() == AccountSort.NAME ? after.nameKey() : after.instant())
                    .bind("afterId", after.id().value());
        }
        String direction = ascending ? " asc" : " desc";
        sql.append(" order by " + key + direction + ", a.id" + direction);
        return toDomain(sql.rows(uow, limit, AccountEntity::read));
    }

    @Override
    public long count(AccountCriteria criteria) {
        Object count = where(new SqlQuery().append("select count(*) from crm_account a"), criteria)
                .query(uow.em()).getSingleResult();
        return ((Number) count).longValue();
    }

    /** The conditions of a criteria, every one of them in SQL. */
    SqlQuery where(SqlQuery sql, AccountCriteria c) {
        sql.append(" where a.tenant_id = :tenant", "tenant", uow.tenant);
        if (!c.classifications().isEmpty()) {
            sql.append(" and a.classification in (:classifications)", "classifications",
                    c.classifications().stream().map(Enum::name).toList());
        }
        if (!c.statuses().isEmpty()) {
            sql.append(" and a.status in (:statuses)", "statuses", c.statuses().stream().map(Enum::name).toList());
        }
        if (!c.responsibles().isEmpty()) {
            sql.append(" and exists (select 1 from crm_account_responsible fr where fr.tenant_id = a.tenant_id"
                    + " and fr.account_id = a.id and fr.user_id in (:responsibles))", "responsibles", users(c.responsibles()));
        }
        if (!c.salespeople().isEmpty()) {
            sql.append(" and a.salesperson_id in (:salespeople)", "salespeople", users(c.salespeople()));
        }
        for (Map.Entry<CatalogEntryId, String> required : c.characteristicKeys().entrySet()) {
            String type = sql.fresh("type");
            sql.bind(type, required.getKey().value());
            String value = sql.fresh("value");
            sql.append(" and exists (select 1 from crm_account_characteristic fc where fc.tenant_id = a.tenant_id"
                    + " and fc.account_id = a.id and fc.type_id = :" + type + " and fc.value_key = :" + value + ")", value,
                    required.getValue());
        }
        marks(sql, c.interests(), InterestKind.INTEREST);
        marks(sql, c.disinterests(), InterestKind.DISINTEREST);
        if (c.cityKey() != null) {
            sql.append(" and a.city_key = :city", "city", c.cityKey());
        }
        if (c.stateKey() != null) {
            sql.append(" and a.state_key = :state", "state", c.stateKey());
        }
        if (c.country() != null) {
            sql.append(" and a.country = :country", "country", c.country());
        }
        if (c.text() != null) {
            sql.append(" and (a.search_text like :text escape '\\'", "text", SqlQuery.contains(c.text().folded()));
            if (c.text().digits() != null) {
                sql.append(" or a.search_digits like :digits escape '\\'", "digits", SqlQuery.contains(c.text().digits()));
            }
            sql.append(")");
        }
        if (c.createdFrom() != null) {
            sql.append(" and a.created_at >= :createdFrom", "createdFrom", c.createdFrom());
        }
        if (c.createdTo() != null) {
            sql.append(" and a.created_at < :createdTo", "createdTo", c.createdTo());
        }
        catalog(sql, "a.customer_type_id", c.customerTypes());
        catalog(sql, "a.priority_id", c.priorities());
        catalog(sql, "a.economic_activity_id", c.economicActivities());
        catalog(sql, "a.price_list_id", c.priceLists());
        if (!c.personKinds().isEmpty()) {
            sql.append(" and a.person_kind in (:personKinds)", "personKinds", c.personKinds().stream().map(Enum::name).toList());
        }
        if (!c.creditTerms().isEmpty()) {
            sql.append(" and a.credit_terms in (:creditTerms)", "creditTerms", c.creditTerms().stream().map(Enum::name).toList());
        }
        if (c.supplier() != null) {
            sql.append(" and a.supplier = :supplier", "supplier", c.supplier());
        }
        if (c.taxable() != null) {
            sql.append(" and a.taxable = :taxable", "taxable", c.taxable());
        }
        if (c.openCard() != null) {
            openCard(sql, c.openCard());
        }
        if (c.openCase() != null) {
            sql.append(" and " + (c.openCase() ? "" : "not ") + "exists (select 1 from crm_case fk where fk.tenant_id = a.tenant_id"
                    + " and fk.account_id = a.id and fk.status in ('NEW', 'OPEN', 'WAITING_CUSTOMER'))");
        }
        if (c.prospects() != null) {
            prospects(sql, c.prospects());
        }
        return sql.access(c.access(), "a", "id");
    }

    private static void catalog(SqlQuery sql, String column, Set<CatalogEntryId> entries) {
        if (!entries.isEmpty()) {
            String name = sql.fresh("entries");
            sql.append(" and " + column + " in (:" + name + ")", name, entries.stream().map(CatalogEntryId::value).toList());
        }
    }

    /** An open card in the condition's pipelines (and stages): the card's is_open flag is Card.open(). */
    private static void openCard(SqlQuery sql, AccountCriteria.CardCondition condition) {
        if (condition.pipelines().isEmpty()) {
            sql.append(" and 1 = 0");
            return;
        }
        sql.append(" and exists (select 1 from crm_card fo where fo.tenant_id = a.tenant_id and fo.account_id = a.id"
                + " and fo.is_open = true and fo.pipeline_id in (:openCardPipelines)", "openCardPipelines",
                condition.pipelines().stream().map(PipelineId::value).toList());
        if (!condition.stages().isEmpty()) {
            sql.append(" and fo.stage_id in (:openCardStages)", "openCardStages",
                    condition.stages().stream().map(StageId::value).toList());
        }
        sql.append(")");
    }

    /** Potential customers in progress (an open card) or abandoned (no open card, one archived or lost). */
    private static void prospects(SqlQuery sql, AccountCriteria.ProspectCondition condition) {
        if (condition.pipelines().isEmpty()) {
            sql.append(" and 1 = 0");
            return;
        }
        sql.bind("prospectPipelines", condition.pipelines().stream().map(PipelineId::value).toList());
        String open = "exists (select 1 from crm_card fp where fp.tenant_id = a.tenant_id and fp.account_id = a.id"
                + " and fp.is_open = true and fp.pipeline_id in (:prospectPipelines))";
        String dropped = "(not " + open + " and exists (select 1 from crm_card fd where fd.tenant_id = a.tenant_id"
                + " and fd.account_id = a.id and (fd.archived = true or fd.lost_at is not null)"
                + " and fd.pipeline_id in (:prospectPipelines)))";
        boolean progress = condition.states().contains(ProspectState.IN_PROGRESS);
        boolean abandoned = condition.states().contains(ProspectState.ABANDONED);
        sql.append(" and a.classification in ('LEAD', 'PROSPECT') and ("
                + (progress && abandoned ? open + " or " + dropped : progress ? open : dropped) + ")");
    }

    private static void marks(SqlQuery sql, Set<CatalogEntryId> areas, InterestKind kind) {
        if (areas.isEmpty()) {
            return;
        }
        String name = sql.fresh("areas");
        sql.append(" and exists (select 1 from crm_account_interest fi where fi.tenant_id = a.tenant_id"
                + " and fi.account_id = a.id and fi.kind = '" + kind.name() + "' and fi.area_id in (:" + name + "))", name,
                areas.stream().map(CatalogEntryId::value).toList());
    }

    private static List<String> users(Set<UserId> users) {
        return users.stream().map(UserId::value).toList();
    }

    @Override
    public List<Account> findSimilarNames(String name, AccountAccess access, int limit) {
        Set<String> trigrams = NameSimilarity.trigrams(name);
        if (trigrams.isEmpty()) {
            return List.of();
        }
        // The exact similarity of NameSimilarity, per name part: common / (query's + name's - common) trigrams.
        // On PostgreSQL the trigrams bind as one array: as a list of parameters, the statement's text changed with
        // the name's trigram count, and its server-side plan (a generic one after five runs) took 330 ms a search
        // where the array's took 220 ms, in a tenant of 100k accounts; its planning, each run, is under a millisecond.
        SqlQuery sql = new SqlQuery().append("select " + AccountEntity.COLUMNS + " from crm_account a join ("
                        + "select t.account_id, max(cast(t.common as double precision) / (:size + t.total - t.common)) as similarity"
                        + " from (select account_id, name_part, count(*) as common, min(trigram_count) as total"
                        + " from crm_account_name_trigram where tenant_id = :tenant and trigram "
                        + (uow.postgres() ? "= any(:trigrams)" : "in (:trigrams)")
                        + " group by account_id, name_part) t group by t.account_id) s on s.account_id = a.id"
                        + " where a.tenant_id = :tenant and s.similarity >= :threshold", "tenant", uow.tenant)
                .bind("size", trigrams.size())
                .bind("trigrams", uow.postgres() ? trigrams.toArray(String[]::new) : List.copyOf(trigrams))
                .bind("threshold", NameSimilarity.THRESHOLD)
                .access(access, "a", "id")
                .append(" order by s.similarity desc, a.id");
        return toDomain(sql.rows(uow, limit, AccountEntity::read));
    }

    @Override
    public boolean refersTo(CatalogEntryId entryId) {
        UUID id = entryId.value();
        return exists("select 1 from crm_account where tenant_id = :tenant and (customer_type_id = :id or priority_id = :id"
                        + " or economic_activity_id = :id or price_list_id = :id)", id)
                || exists("select 1 from crm_account_characteristic where tenant_id = :tenant and type_id = :id", id)
                || exists("select 1 from crm_account_interest where tenant_id = :tenant and area_id = :id", id);
    }

    @Override
    public boolean holdsCharacteristicValue(CatalogEntryId characteristicTypeId, String valueKey) {
        return !uow.em().createNativeQuery("select 1 from crm_account_characteristic where tenant_id = :tenant"
                        + " and type_id = :type and value_key = :key")
                .setParameter("tenant", uow.tenant)
                .setParameter("type", characteristicTypeId.value())
                .setParameter("key", valueKey)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private boolean exists(String sql, UUID id) {
        return !uow.em().createNativeQuery(sql)
                .setParameter("tenant", uow.tenant)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Account insert(Account account) {
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        Account stored = account.withVersion(Version.FIRST);
        AccountEntity row = AccountEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Account update(Account account) {
        AccountEntity row = row(account.id());
        boolean unchanged = row != null && current(row).equals(account);
        Version next = uow.update(row, "account", account.id(), account.version(), r -> r.version, unchanged,
                r -> r.apply(account, uow.json));
        Account stored = account.withVersion(next);
        row.loaded = stored;
        return stored;
    }

    @Override
    public void delete(Account account) {
        uow.delete(row(account.id()), "account", account.id(), account.version(), r -> r.version);
    }
}
