package dev.crmkit.testkit;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.spi.AccountRepository;
import dev.crmkit.spi.AgendaRepository;
import dev.crmkit.spi.CardRepository;
import dev.crmkit.spi.CatalogRepository;
import dev.crmkit.spi.ContactRepository;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.DocumentRepository;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.OutboxBacklog;
import dev.crmkit.spi.PipelineHistoryRepository;
import dev.crmkit.spi.PipelineRepository;
import dev.crmkit.spi.RelationshipRepository;
import dev.crmkit.spi.SavedFilterRepository;
import dev.crmkit.spi.TenantRepository;
import dev.crmkit.spi.TimelineRepository;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import dev.crmkit.spi.UserRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A store whose dedupe lookups never find anything, as a database transaction does not see a concurrent one's
 * uncommitted insert: the only thing left to stop a second entry for a trigger is the store's unique key.
 */
final class BlindDedupeStore implements CrmStore {

    private final CrmStore store;

    BlindDedupeStore(CrmStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(TenantId tenantId, TransactionMode mode, Function<UnitOfWork, T> work) {
        return store.inTransaction(tenantId, mode, uow -> work.apply(new Blind(uow)));
    }

    @Override
    public List<OutboxBacklog> outboxBacklog(Instant now) {
        return store.outboxBacklog(now);
    }

    /** The unit of work, with its agenda blind to dedupe keys. */
    private record Blind(UnitOfWork uow) implements UnitOfWork {

        @Override
        public TenantId tenantId() {
            return uow.tenantId();
        }

        @Override
        public TransactionMode mode() {
            return uow.mode();
        }

        @Override
        public TenantRepository tenant() {
            return uow.tenant();
        }

        @Override
        public UserRepository users() {
            return uow.users();
        }

        @Override
        public CatalogRepository catalog() {
            return uow.catalog();
        }

        @Override
        public AccountRepository accounts() {
            return uow.accounts();
        }

        @Override
        public ContactRepository contacts() {
            return uow.contacts();
        }

        @Override
        public RelationshipRepository relationships() {
            return uow.relationships();
        }

        @Override
        public DocumentRepository documents() {
            return uow.documents();
        }

        @Override
        public TimelineRepository timeline() {
            return uow.timeline();
        }

        @Override
        public PipelineRepository pipelines() {
            return uow.pipelines();
        }

        @Override
        public CardRepository cards() {
            return uow.cards();
        }

        @Override
        public PipelineHistoryRepository pipelineHistory() {
            return uow.pipelineHistory();
        }

        @Override
        public SavedFilterRepository savedFilters() {
            return uow.savedFilters();
        }

        @Override
        public AgendaRepository agenda() {
            return new BlindAgenda(uow.agenda());
        }

        @Override
        public EventOutbox outbox() {
            return uow.outbox();
        }
    }

    /** The agenda repository, except that no dedupe key is ever found. */
    private record BlindAgenda(AgendaRepository agenda) implements AgendaRepository {

        @Override
        public Optional<AgendaEntry> findById(AgendaEntryId id) {
            return agenda.findById(id);
        }

        @Override
        public List<AgendaEntry> findByIds(Collection<AgendaEntryId> ids) {
            return agenda.findByIds(ids);
        }

        @Override
        public List<AgendaEntry> findByAccount(AccountId accountId) {
            return agenda.findByAccount(accountId);
        }

        @Override
        public List<AgendaEntry> findByCard(CardId cardId) {
            return agenda.findByCard(cardId);
        }

        @Override
        public List<AgendaEntry> findPendingByUser(UserId userId) {
            return agenda.findPendingByUser(userId);
        }

        @Override
        public Optional<AgendaEntry> findByDedupeKey(String dedupeKey) {
            return Optional.empty();
        }

        @Override
        public List<AgendaEntry> createdBetween(Instant from, Instant to, EntryPosition after, int limit) {
            return agenda.createdBetween(from, to, after, limit);
        }

        @Override
        public boolean existsOfType(CatalogEntryId typeId) {
            return agenda.existsOfType(typeId);
        }

        @Override
        public AgendaEntry insert(AgendaEntry entry) {
            return agenda.insert(entry);
        }

        @Override
        public AgendaEntry update(AgendaEntry entry) {
            return agenda.update(entry);
        }

        @Override
        public void delete(AgendaEntry entry) {
            agenda.delete(entry);
        }

        @Override
        public List<AgendaEntry> deleteByAccount(AccountId accountId) {
            return agenda.deleteByAccount(accountId);
        }

        @Override
        public Optional<AgendaSettings> settings() {
            return agenda.settings();
        }

        @Override
        public AgendaSettings saveSettings(AgendaSettings settings) {
            return agenda.saveSettings(settings);
        }
    }
}
