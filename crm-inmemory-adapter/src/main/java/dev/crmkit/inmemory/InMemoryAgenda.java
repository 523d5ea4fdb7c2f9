package dev.crmkit.inmemory;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.spi.AgendaRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;

/** The agenda entries and agenda settings of a partition. */
final class InMemoryAgenda implements AgendaRepository {

    private static final AgendaEntryId SMALLEST_ID = new AgendaEntryId(new UUID(0, 0));

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryAgenda(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<AgendaEntry> findById(AgendaEntryId id) {
        return data.agenda.get(id);
    }

    @Override
    public List<AgendaEntry> findByIds(Collection<AgendaEntryId> ids) {
        List<AgendaEntry> found = new ArrayList<>();
        for (AgendaEntryId id : ids) {
            data.agenda.get(id).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public List<AgendaEntry> findByAccount(AccountId accountId) {
        return data.agenda.find(data.agendaByAccount, accountId);
    }

    @Override
    public List<AgendaEntry> findByCard(CardId cardId) {
        return data.agenda.find(data.agendaByCard, cardId);
    }

    @Override
    public List<AgendaEntry> findPendingByUser(UserId userId) {
        return data.agenda.find(data.pendingAgendaByUser, userId);
    }

    @Override
    public List<AgendaEntry> findByCase(CaseId caseId) {
        return data.agenda.find(data.agendaByCase, caseId);
    }

    @Override
    public Optional<AgendaEntry> findByDedupeKey(String dedupeKey) {
        return data.agenda.findUnique(data.agendaByDedupeKey, dedupeKey);
    }

    @Override
    public List<AgendaEntry> createdBetween(Instant from, Instant to, EntryPosition after, int limit) {
        SortKey<Instant, AgendaEntryId> start = after == null ? new SortKey<>(from, SMALLEST_ID)
                : new SortKey<>(after.createdAt(), after.id());
        NavigableMap<SortKey<Instant, AgendaEntryId>, AgendaEntry> range =
                data.agendaByCreated.subMap(start, after == null, new SortKey<>(to, SMALLEST_ID), false);
        List<AgendaEntry> page = new ArrayList<>(Math.min(limit, range.size()));
        for (AgendaEntry entry : range.values()) {
            if (page.size() >= limit) {
                break;
            }
            if (!entry.createdAt().isBefore(from)) {
                page.add(entry);
            }
        }
        return page;
    }

    @Override
    public boolean existsOfType(CatalogEntryId typeId) {
        return data.agendaByType.contains(typeId);
    }

    @Override
    public AgendaEntry insert(AgendaEntry entry) {
        return uow.insert(data.agenda, entry::withVersion);
    }

    @Override
    public AgendaEntry update(AgendaEntry entry) {
        return uow.update(data.agenda, "agenda-entry", entry.id(), entry.version(), AgendaEntry::version, entry::withVersion);
    }

    @Override
    public void delete(AgendaEntry entry) {
        uow.delete(data.agenda, "agenda-entry", entry.id(), entry.version(), AgendaEntry::version);
    }

    @Override
    public List<AgendaEntry> deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        List<AgendaEntry> removed = findByAccount(accountId);
        for (AgendaEntry entry : removed) {
            data.agenda.delete(entry.id(), journal);
        }
        return removed;
    }

    @Override
    public Optional<AgendaSettings> settings() {
        return Optional.ofNullable(data.agendaSettings);
    }

    @Override
    public AgendaSettings saveSettings(AgendaSettings settings) {
        Journal journal = uow.writable();
        AgendaSettings previous = data.agendaSettings;
        Version stored = previous == null ? Version.UNSAVED : previous.version();
        if (!stored.equals(settings.version())) {
            throw ConflictException.staleVersion("agenda-settings", data.tenantId, settings.version(), stored);
        }
        AgendaSettings saved = settings.withVersion(previous == null ? Version.FIRST : stored.next());
        data.agendaSettings = saved;
        journal.onRollback(() -> data.agendaSettings = previous);
        return saved;
    }
}
