package dev.crmkit.jpa;

import java.time.Instant;
import dev.crmkit.spi.SurveyTotals;
import dev.crmkit.spi.SurveyCriteria;
import dev.crmkit.casework.SlaCompliance;
import dev.crmkit.casework.NpsScore;
import dev.crmkit.casework.SatisfactionGrouping;
import dev.crmkit.casework.Survey;
import dev.crmkit.access.AccountAccess;
import dev.crmkit.casework.BusinessHours;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.casework.CaseSettings;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.casework.SlaState;
import dev.crmkit.casework.SlaTarget;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.CaseCriteria;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Version;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.spi.CaseHistoryRecord;
import dev.crmkit.spi.CaseRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service cases of a unit of work's tenant. The tenant's row in {@code crm_case_counter} holds the last number given
 * and the settings of cases; taking a number updates it, which locks it until the commit.
 */
final class JpaCases implements CaseRepository {

    private final JpaUnitOfWork uow;

    JpaCases(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private CaseEntity row(CaseId id) {
        return uow.rowForChange(CaseEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<ServiceCase> findById(CaseId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public Optional<ServiceCase> findByNumber(long number) {
        return uow.watched(() -> uow.em().createQuery(
                        "select c from ServiceCase c where c.tenantId = :tenant and c.number = :number", CaseEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("number", number)
                .getResultStream().findFirst()).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<ServiceCase> findByAccount(AccountId accountId) {
        return uow.watched(() -> uow.em().createQuery(
                        "select c from ServiceCase c where c.tenantId = :tenant and c.accountId = :account", CaseEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList()).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public boolean refersTo(CatalogEntryId entryId) {
        return !uow.watched(() -> uow.em().createQuery("select 1 from ServiceCase c where c.tenantId = :tenant"
                        + " and (c.categoryId = :entry or c.priorityId = :entry or c.teamId = :entry)", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("entry", entryId.value())
                .setMaxResults(1)
                .getResultList()).isEmpty();
    }

    @Override
    public boolean existsForAccount(AccountId accountId) {
        return !uow.watched(() -> uow.em().createQuery(
                        "select 1 from ServiceCase c where c.tenantId = :tenant and c.accountId = :account", Integer.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .setMaxResults(1)
                .getResultList()).isEmpty();
    }

    @Override
    public long nextNumber() {
        uow.writable();
        if (uow.postgres()) {
            // One statement: the first case of a tenant creates its row, any later one moves it on; either way the
            // row stays locked until the commit.
            return ((Number) new SqlQuery().append("insert into crm_case_counter (tenant_id, last_number, reopen_window_days)"
                            + " values (:tenant, 1, :days) on conflict (tenant_id) do update"
                            + " set last_number = crm_case_counter.last_number + 1 returning last_number", "tenant", uow.tenant)
                    .bind("days", CaseSettings.DEFAULTS.reopenWindowDays())
                    .rows(uow, 0).get(0)[0]).longValue();
        }
        List<Object[]> taken = new SqlQuery().append("select last_number from final table (update crm_case_counter"
                + " set last_number = last_number + 1 where tenant_id = :tenant)", "tenant", uow.tenant).rows(uow, 0);
        if (!taken.isEmpty()) {
            return ((Number) taken.get(0)[0]).longValue();
        }
        // A concurrent first case inserts the same key: one of the two units of work fails and is tried again.
        new SqlQuery().append("insert into crm_case_counter (tenant_id, last_number, reopen_window_days)"
                        + " values (:tenant, 1, :days)", "tenant", uow.tenant)
                .bind("days", CaseSettings.DEFAULTS.reopenWindowDays())
                .execute(uow);
        return 1;
    }

    @Override
    public CaseSettings settings() {
        List<Object[]> rows = new SqlQuery().append("select reopen_window_days from crm_case_counter where tenant_id = :tenant",
                "tenant", uow.tenant).rows(uow, 0);
        return rows.isEmpty() ? CaseSettings.DEFAULTS : new CaseSettings(((Number) rows.get(0)[0]).intValue());
    }

    @Override
    public void saveSettings(CaseSettings settings) {
        uow.writable();
        int updated = new SqlQuery().append("update crm_case_counter set reopen_window_days = :days where tenant_id = :tenant",
                "days", settings.reopenWindowDays()).bind("tenant", uow.tenant).execute(uow);
        if (updated == 0) {
            new SqlQuery().append("insert into crm_case_counter (tenant_id, last_number, reopen_window_days)"
                    + " values (:tenant, 0, :days)", "tenant", uow.tenant).bind("days", settings.reopenWindowDays()).execute(uow);
        }
    }

    @Override
    public SlaSettings slaSettings() {
        List<Object[]> rows = new SqlQuery().append("select working_days, opens, closes, holidays, targets, at_risk_percent,"
                + " version from crm_sla_settings where tenant_id = :tenant", "tenant", uow.tenant).rows(uow, 0);
        if (rows.isEmpty()) {
            return SlaSettings.DEFAULTS;
        }
        Object[] r = rows.get(0);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : ((String) r[0]).split(",")) {
            days.add(DayOfWeek.valueOf(day));
        }
        Set<LocalDate> holidays = new TreeSet<>();
        for (String day : ((String) r[3]).split(",")) {
            if (!day.isEmpty()) {
                holidays.add(LocalDate.parse(day));
            }
        }
        List<SlaTarget> targets = new ArrayList<>();
        for (String target : ((String) r[4]).split(",")) {
            if (!target.isEmpty()) {
                String[] parts = target.split("[=/]");
                targets.add(new SlaTarget(CatalogEntryId.of(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            }
        }
        return new SlaSettings(new BusinessHours(days, LocalTime.parse((String) r[1]), LocalTime.parse((String) r[2]), holidays),
                targets, ((Number) r[5]).intValue(), Version.of(((Number) r[6]).longValue()));
    }

    @Override
    public SlaSettings saveSlaSettings(SlaSettings settings) {
        uow.writable();
        Version next = settings.version().next();
        String days = settings.hours().workingDays().stream().map(Enum::name).collect(Collectors.joining(","));
        String holidays = settings.hours().holidays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
        String targets = settings.targets().stream()
                .map(t -> t.priorityId() + "=" + t.firstResponseMinutes() + "/" + t.resolutionMinutes())
                .collect(Collectors.joining(","));
        SqlQuery sql;
        if (settings.version().equals(Version.UNSAVED)) {
            // A concurrent first change inserts the same key: one of the two units of work fails on the primary key.
            sql = new SqlQuery().append("insert into crm_sla_settings (tenant_id, working_days, opens, closes, holidays, targets,"
                    + " at_risk_percent, version) values (:tenant, :days, :opens, :closes, :holidays, :targets, :risk, :next)",
                    "tenant", uow.tenant);
        } else {
            sql = new SqlQuery().append("update crm_sla_settings set working_days = :days, opens = :opens, closes = :closes,"
                    + " holidays = :holidays, targets = :targets, at_risk_percent = :risk, version = :next"
                    + " where tenant_id = :tenant and version = :expected", "tenant", uow.tenant)
                    .bind("expected", settings.version().value());
        }
        int written = sql.bind("days", days).bind("opens", settings.hours().opens().toString())
                .bind("closes", settings.hours().closes().toString()).bind("holidays", holidays).bind("targets", targets)
                .bind("risk", settings.atRiskPercent()).bind("next", next.value()).execute(uow);
        if (written == 0) {
            throw ConflictException.staleVersion("sla-settings", uow.tenant, settings.version(), slaSettings().version());
        }
        return new SlaSettings(settings.hours(), settings.targets(), settings.atRiskPercent(), next);
    }

    @Override
    public List<ServiceCase> queue(CaseCriteria criteria, CaseCriteria.QueuePosition after, int limit) {
        CaseQueue q = criteria.query();
        SqlQuery sql = new SqlQuery().append("select " + CaseEntity.COLUMNS + " from crm_case c where c.tenant_id = :tenant",
                "tenant", uow.tenant);
        AccountAccess access = criteria.access();
        if (!(access instanceof AccountAccess.Unrestricted)) {
            // The account's scope, or the case is the actor's: the EXISTS of the scope inside an OR with the assignee.
            sql.append(" and (c.assignee_id = :actor or exists (select 1 from crm_account_responsible r", "actor",
                    criteria.actor().value());
            if (access instanceof AccountAccess.ResponsibleInTeam team) {
                sql.append(" join crm_user u on u.tenant_id = r.tenant_id and u.user_id = r.user_id"
                        + " where r.tenant_id = c.tenant_id and r.account_id = c.account_id and u.team_id = :accessTeam))",
                        "accessTeam", team.team().value());
            } else {
                sql.append(" where r.tenant_id = c.tenant_id and r.account_id = c.account_id and r.user_id = :accessUser))",
                        "accessUser", ((AccountAccess.ResponsibleIs) access).user().value());
            }
        }
        in(sql, "c.status", "statuses", q.statuses().stream().map(Enum::name).toList());
        in(sql, "c.priority_id", "priorities", q.priorities().stream().map(CatalogEntryId::value).toList());
        in(sql, "c.assignee_id", "assignees", q.assignees().stream().map(UserId::value).toList());
        in(sql, "c.team_id", "teams", q.teams().stream().map(CatalogEntryId::value).toList());
        in(sql, "c.category_id", "categories", q.categories().stream().map(CatalogEntryId::value).toList());
        in(sql, "c.account_id", "accounts", q.accounts().stream().map(AccountId::value).toList());
        if (q.openedFrom() != null) {
            sql.append(" and c.created_at >= :openedFrom", "openedFrom", q.openedFrom());
        }
        if (q.openedTo() != null) {
            sql.append(" and c.created_at < :openedTo", "openedTo", q.openedTo());
        }
        if (!q.slaStates().isEmpty()) {
            sql.bind("now", criteria.now());
            List<String> any = new ArrayList<>();
            for (SlaState state : q.slaStates()) {
                any.add(state(state, "first_response", "c.first_response_at", "1 = 1", "1 = 0"));
                any.add(state(state, "resolution", "c.resolution_stopped_at", "c.status in ('RESOLVED', 'CLOSED')",
                        "c.status not in ('RESOLVED', 'CLOSED')"));
            }
            sql.append(" and (" + String.join(" or ", any) + ")");
        }
        if (after != null) {
            if (after.dueAt() == null) {
                sql.append(" and c.sla_due_at is null and c.id > :afterId", "afterId", after.id().value());
            } else {
                sql.append(" and (c.sla_due_at is null or c.sla_due_at > :afterDue or (c.sla_due_at = :afterDue and c.id > :afterId))",
                        "afterDue", after.dueAt()).bind("afterId", after.id().value());
            }
        }
        sql.append(" order by c.sla_due_at nulls last, c.id");
        return sql.rows(uow, limit, CaseEntity::read).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    /**
     * A clock's state at {@code :now} in SQL, as {@link dev.crmkit.casework.SlaTimes#state} derives it: from the clock's
     * target, due and at-risk instants and its stop, a stop being final (met) or a pause as the status says.
     */
    private static String state(SlaState state, String clock, String stopped, String finished, String pausing) {
        String target = "c." + clock + "_target is not null";
        String due = "c." + clock + "_due_at";
        String risk = "c." + clock + "_risk_at";
        return "(" + switch (state) {
            case NO_TARGET -> "c." + clock + "_target is null";
            case MET -> target + " and " + stopped + " < " + due + " and " + finished;
            case PAUSED -> target + " and " + stopped + " < " + due + " and " + pausing;
            case BREACHED -> target + " and ((" + stopped + " is not null and " + stopped + " >= " + due + ") or ("
                    + stopped + " is null and " + due + " <= :now))";
            case AT_RISK -> target + " and " + stopped + " is null and " + due + " > :now and " + risk + " <= :now";
            case ON_TRACK -> target + " and " + stopped + " is null and " + risk + " > :now";
        } + ")";
    }

    private static void in(SqlQuery sql, String column, String name, List<?> values) {
        if (!values.isEmpty()) {
            sql.append(" and " + column + " in (:" + name + ")", name, values);
        }
    }

    @Override
    public ServiceCase insert(ServiceCase serviceCase) {
        ServiceCase stored = serviceCase.withVersion(Version.FIRST);
        CaseEntity row = CaseEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public ServiceCase update(ServiceCase serviceCase) {
        CaseEntity row = row(serviceCase.id());
        boolean unchanged = row != null && row.toDomain(uow.json).equals(serviceCase);
        return serviceCase.withVersion(uow.update(row, "case", serviceCase.id(), serviceCase.version(), r -> r.version,
                unchanged, r -> r.apply(serviceCase, uow.json)));
    }

    @Override
    public void appendHistory(List<CaseHistoryRecord> records) {
        uow.writable();
        for (CaseHistoryRecord record : records) {
            var meta = record.event().meta();
            uow.persist(new CaseHistoryEntity(uow.tenant, record.event().caseId().value(), meta.eventId().value(),
                    meta.occurredAt(), record.actorName(), uow.json.writeEvent(record.event()), uow.json.write(record.names())));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CaseHistoryRecord> history(CaseId caseId) {
        return new SqlQuery().append("select h.payload, h.actor_name, h.names from crm_case_history h where h.tenant_id = :tenant"
                        + " and h.case_id = :case order by h.occurred_at, h.event_id", "tenant", uow.tenant)
                .bind("case", caseId.value())
                .rows(uow, 0).stream()
                .map(row -> new CaseHistoryRecord((CaseEvent) uow.json.readEvent((String) row[0]), (String) row[1],
                        new HashMap<String, String>((Map<String, String>) uow.json.read((String) row[2], Map.class))))
                .toList();
    }

    @Override
    public Optional<Survey> findSurvey(CaseId caseId) {
        return Optional.ofNullable(uow.rowForChange(SurveyEntity.class, new Keys.ByUuid(uow.tenant, caseId.value())))
                .map(SurveyEntity::toDomain);
    }

    @Override
    public Optional<Survey> findSurveyByToken(String tokenHash) {
        return uow.watched(() -> uow.em().createQuery(
                        "select s from Survey s where s.tenantId = :tenant and s.tokenHash = :hash", SurveyEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst()).map(SurveyEntity::toDomain);
    }

    @Override
    public Survey insertSurvey(Survey survey) {
        Survey stored = survey.withVersion(Version.FIRST);
        SurveyEntity row = SurveyEntity.of(uow.tenant, stored);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Survey updateSurvey(Survey survey) {
        SurveyEntity row = uow.rowForChange(SurveyEntity.class, new Keys.ByUuid(uow.tenant, survey.caseId().value()));
        boolean unchanged = row != null && row.toDomain().equals(survey);
        return survey.withVersion(uow.update(row, "survey", survey.caseId(), survey.version(), r -> r.version, unchanged,
                r -> r.apply(survey)));
    }

    /**
     * One aggregate statement over the surveys' rows (the period and filter columns are indexed): the counts the
     * figures are computed from, per group.
     */
    @Override
    public List<SurveyTotals> surveyTotals(SurveyCriteria criteria, SatisfactionGrouping grouping) {
        String key = grouping == null ? "''" : switch (grouping) {
            case TEAM -> "coalesce(cast(s.team_id as varchar(36)), '')";
            case AGENT -> "coalesce(s.assignee_id, '')";
            case CATEGORY -> "coalesce(cast(s.category_id as varchar(36)), '')";
        };
        SqlQuery sql = new SqlQuery().append("select " + key + " as k, count(*),"
                + " sum(case when s.csat = 1 then 1 else 0 end), sum(case when s.csat = 2 then 1 else 0 end),"
                + " sum(case when s.csat = 3 then 1 else 0 end), sum(case when s.csat = 4 then 1 else 0 end),"
                + " sum(case when s.csat = 5 then 1 else 0 end), count(s.nps), sum(case when s.nps >= 9 then 1 else 0 end),"
                + " sum(case when s.nps <= 6 then 1 else 0 end), count(s.first_response_met),"
                + " sum(case when s.first_response_met then 1 else 0 end), count(s.resolution_met),"
                + " sum(case when s.resolution_met then 1 else 0 end)"
                + " from crm_case_survey s where s.tenant_id = :tenant and s.issued_at >= :from and s.issued_at < :to",
                "tenant", uow.tenant).bind("from", criteria.from()).bind("to", criteria.to());
        if (criteria.query().teamId() != null) {
            sql.append(" and s.team_id = :team", "team", criteria.query().teamId().value());
        }
        if (criteria.query().agentId() != null) {
            sql.append(" and s.assignee_id = :agent", "agent", criteria.query().agentId().value());
        }
        if (criteria.query().categoryId() != null) {
            sql.append(" and s.category_id = :category", "category", criteria.query().categoryId().value());
        }
        if (grouping != null) {
            sql.append(" group by " + key);
        }
        List<SurveyTotals> totals = new ArrayList<>();
        for (Object[] row : sql.rows(uow, 0)) {
            long surveys = number(row[1]);
            if (surveys == 0) {
                continue;
            }
            totals.add(new SurveyTotals((String) row[0], SurveyTotals.stats(surveys,
                    List.of(number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6])),
                    new NpsScore(number(row[7]), number(row[8]), number(row[9])),
                    new SlaCompliance(number(row[10]), number(row[11]), number(row[12]), number(row[13])))));
        }
        return totals;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public List<Survey> lowScores(Instant answeredSince, int highestCsat) {
        return new SqlQuery().append("select s.* from crm_case_survey s where s.tenant_id = :tenant and s.csat <= :csat"
                        + " and s.answered_at >= :since", "tenant", uow.tenant).bind("csat", highestCsat).bind("since", answeredSince)
                .rows(uow, 0, SurveyEntity::read).stream().map(SurveyEntity::toDomain).toList();
    }
}
