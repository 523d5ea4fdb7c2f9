package dev.crmkit.inmemory;

import dev.crmkit.casework.CaseSettings;
import dev.crmkit.casework.ServiceCase;
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
}
