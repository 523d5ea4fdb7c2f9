package dev.crmkit.spi;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The agenda entries and agenda settings of a unit of work's tenant. An entry's dedupe key is unique in the
 * tenant: an insert that repeats one raises {@code ConflictException.duplicate} naming {@code dedupeKey} (a
 * database adapter uses a unique constraint), which is how an agenda rule creates its entry at most once.
 */
public interface AgendaRepository {

    /**
     * @param id the entry
     * @return the entry, if the tenant has it
     */
    Optional<AgendaEntry> findById(AgendaEntryId id);

    /**
     * @param ids entries
     * @return those the tenant has, in no particular order
     */
    List<AgendaEntry> findByIds(Collection<AgendaEntryId> ids);

    /**
     * @param accountId an account
     * @return its entries, in no particular order
     */
    List<AgendaEntry> findByAccount(AccountId accountId);

    /**
     * @param cardId a card
     * @return the entries linked to it, in no particular order
     */
    List<AgendaEntry> findByCard(CardId cardId);

    /**
     * @param userId a user
     * @return the user's pending entries, in no particular order
     */
    List<AgendaEntry> findPendingByUser(UserId userId);

    /**
     * The entries that serve a service case.
     *
     * @param caseId the case
     * @return its entries, in no particular order
     */
    List<AgendaEntry> findByCase(CaseId caseId);

    /**
     * @param dedupeKey an agenda-rule trigger
     * @return the entry created for it, if any
     */
    Optional<AgendaEntry> findByDedupeKey(String dedupeKey);

    /**
     * One page of the entries created in a range, by creation instant then id (unsigned).
     *
     * @param from the first instant, inclusive
     * @param to the end, exclusive
     * @param after the previous page's last position, or {@code null}
     * @param limit the most entries to return
     * @return the entries, in order
     */
    List<AgendaEntry> createdBetween(Instant from, Instant to, EntryPosition after, int limit);

    /**
     * @param typeId an agenda entry type
     * @return whether any entry has it
     */
    boolean existsOfType(CatalogEntryId typeId);

    /**
     * @param entry a new entry at {@code Version.UNSAVED}
     * @return the entry at {@code Version.FIRST}
     */
    AgendaEntry insert(AgendaEntry entry);

    /**
     * @param entry the entry, at the version it was loaded with
     * @return the entry at the next version
     */
    AgendaEntry update(AgendaEntry entry);

    /**
     * @param entry the entry, at the version it was loaded with
     */
    void delete(AgendaEntry entry);

    /**
     * Deletes every entry of an account.
     *
     * @param accountId the account
     * @return the deleted entries
     */
    List<AgendaEntry> deleteByAccount(AccountId accountId);

    /**
     * @return the tenant's agenda settings, if they were ever stored
     */
    Optional<AgendaSettings> settings();

    /**
     * Stores the agenda settings: the first time at {@code Version.UNSAVED}, later at the version they were
     * loaded with (a stale version raises {@code ConflictException.staleVersion}).
     *
     * @param settings the settings
     * @return the settings at their new version
     */
    AgendaSettings saveSettings(AgendaSettings settings);

    /**
     * A keyset position in the entries by creation.
     *
     * @param createdAt the last entry's creation instant
     * @param id the last entry's id
     */
    record EntryPosition(Instant createdAt, AgendaEntryId id) {

        /** Checks the parts are present. */
        public EntryPosition {
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(id, "id");
        }
    }
}
