package dev.crmkit.inmemory;

import java.util.TreeMap;
import java.util.Map;
import java.time.Instant;
import dev.crmkit.spi.SurveyTotals;
import dev.crmkit.spi.SurveyCriteria;
import dev.crmkit.casework.SatisfactionGrouping;
import dev.crmkit.casework.Survey;
import dev.crmkit.casework.CaseSettings;
import dev.crmkit.access.AccountAccess;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.CaseCriteria;
import java.util.HashSet;
import java.util.Set;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.spi.CaseHistoryRecord;
import dev.crmkit.spi.CaseRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The service cases of a partition, with their histories, the case counter and the settings of cases. */
final class InMemoryCases implements CaseRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryCases(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<ServiceCase> findById(CaseId id) {
        return data.cases.get(id);
    }

    @Override
    public Optional<ServiceCase> findByNumber(long number) {
        return data.cases.findUnique(data.casesByNumber, number);
    }

    @Override
    public List<ServiceCase> findByAccount(AccountId accountId) {
        return List.copyOf(data.cases.find(data.casesByAccount, accountId));
    }

    @Override
    public boolean refersTo(CatalogEntryId entryId) {
        return !data.cases.find(data.casesByEntry, entryId).isEmpty();
    }

    @Override
    public boolean existsForAccount(AccountId accountId) {
        return !data.cases.find(data.casesByAccount, accountId).isEmpty();
    }

    @Override
    public long nextNumber() {
        Journal journal = uow.writable();
        long previous = data.lastCaseNumber;
        data.lastCaseNumber = previous + 1;
        journal.onRollback(() -> data.lastCaseNumber = previous);
        return previous + 1;
    }

    @Override
    public CaseSettings settings() {
        return data.caseSettings == null ? CaseSettings.DEFAULTS : data.caseSettings;
    }

    @Override
    public void saveSettings(CaseSettings settings) {
        Journal journal = uow.writable();
        CaseSettings previous = data.caseSettings;
        data.caseSettings = settings;
        journal.onRollback(() -> data.caseSettings = previous);
    }

    @Override
    public SlaSettings slaSettings() {
        return data.slaSettings == null ? SlaSettings.DEFAULTS : data.slaSettings;
    }

    @Override
    public SlaSettings saveSlaSettings(SlaSettings settings) {
        Journal journal = uow.writable();
        SlaSettings previous = data.slaSettings;
        Version current = previous == null ? Version.UNSAVED : previous.version();
        if (!current.equals(settings.version())) {
            throw ConflictException.staleVersion("sla-settings", uow.tenantId(), settings.version(), current);
        }
        SlaSettings stored = new SlaSettings(settings.hours(), settings.targets(), settings.atRiskPercent(), current.next());
        data.slaSettings = stored;
        journal.onRollback(() -> data.slaSettings = previous);
        return stored;
    }

    @Override
    public List<ServiceCase> queue(CaseCriteria criteria, CaseCriteria.QueuePosition after, int limit) {
        // The scope's accounts once, rather than the responsibles of each case's account.
        AccountAccess access = criteria.access();
        Set<AccountId> inScope = null;
        if (access instanceof AccountAccess.ResponsibleIs portfolio) {
            inScope = new HashSet<>(data.accountsByResponsible.ids(portfolio.user()));
        } else if (access instanceof AccountAccess.ResponsibleInTeam team) {
            inScope = new HashSet<>();
            for (UserId member : data.usersByTeam.ids(team.team())) {
                inScope.addAll(data.accountsByResponsible.ids(member));
            }
        }
        Set<AccountId> scope = inScope;
        return data.cases.all().stream()
                .filter(c -> scope == null || scope.contains(c.accountId()) || criteria.actor().equals(c.details().assigneeId()))
                .filter(criteria::matches)
                .filter(c -> CaseCriteria.isAfter(c, after))
                .sorted(CaseCriteria.ORDER)
                .limit(limit)
                .toList();
    }

    @Override
    public ServiceCase insert(ServiceCase serviceCase) {
        return uow.insert(data.cases, serviceCase::withVersion);
    }

    @Override
    public ServiceCase update(ServiceCase serviceCase) {
        return uow.update(data.cases, "case", serviceCase.id(), serviceCase.version(), ServiceCase::version,
                serviceCase::withVersion);
    }

    @Override
    public void appendHistory(List<CaseHistoryRecord> records) {
        Journal journal = uow.writable();
        for (CaseHistoryRecord record : records) {
            List<CaseHistoryRecord> line = data.caseHistory.computeIfAbsent(record.event().caseId(), id -> new ArrayList<>());
            line.add(record);
            journal.onRollback(() -> {
                line.remove(line.size() - 1);
                if (line.isEmpty()) {
                    data.caseHistory.remove(record.event().caseId());
                }
            });
        }
    }

    @Override
    public List<CaseHistoryRecord> history(CaseId caseId) {
        return List.copyOf(data.caseHistory.getOrDefault(caseId, List.of()));
    }

    @Override
    public Optional<Survey> findSurvey(CaseId caseId) {
        return data.surveys.get(caseId);
    }

    @Override
    public Optional<Survey> findSurveyByToken(String tokenHash) {
        return data.surveys.findUnique(data.surveysByToken, tokenHash);
    }

    @Override
    public Survey insertSurvey(Survey survey) {
        return uow.insert(data.surveys, survey::withVersion);
    }

    @Override
    public Survey updateSurvey(Survey survey) {
        return uow.update(data.surveys, "survey", survey.caseId(), survey.version(), Survey::version, survey::withVersion);
    }

    @Override
    public List<SurveyTotals> surveyTotals(SurveyCriteria criteria, SatisfactionGrouping grouping) {
        Map<String, List<Survey>> groups = new TreeMap<>();
        for (Survey survey : data.surveys.all()) {
            if (criteria.matches(survey)) {
                groups.computeIfAbsent(key(survey, grouping), k -> new ArrayList<>()).add(survey);
            }
        }
        List<SurveyTotals> totals = new ArrayList<>();
        groups.forEach((key, surveys) -> totals.add(new SurveyTotals(key, SurveyTotals.count(surveys))));
        return totals;
    }

    private static String key(Survey survey, SatisfactionGrouping grouping) {
        if (grouping == null) {
            return "";
        }
        return switch (grouping) {
            case TEAM -> survey.teamId().map(Object::toString).orElse("");
            case AGENT -> survey.assigneeId().map(u -> u.value()).orElse("");
            case CATEGORY -> survey.categoryId().map(Object::toString).orElse("");
        };
    }

    @Override
    public List<Survey> lowScores(Instant answeredSince, int highestCsat) {
        List<Survey> low = new ArrayList<>();
        for (Survey survey : data.surveys.all()) {
            survey.answer().filter(a -> a.csat() <= highestCsat && !a.answeredAt().isBefore(answeredSince))
                    .ifPresent(a -> low.add(survey));
        }
        return low;
    }
}
