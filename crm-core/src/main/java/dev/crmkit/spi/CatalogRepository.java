package dev.crmkit.spi;

import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog entries of a unit of work's tenant. The pair (kind, {@link CatalogEntry#nameKey()}) is
 * unique: an insert or update that would repeat it raises {@code ConflictException.duplicate}.
 */
public interface CatalogRepository {

    /**
     * One entry.
     *
     * @param id the entry's id
     * @return the entry, if the tenant has it
     */
    Optional<CatalogEntry> findById(CatalogEntryId id);

    /**
     * Several entries; ids the tenant does not have are skipped.
     *
     * @param ids the entries' ids
     * @return the entries found, in no particular order
     */
    List<CatalogEntry> findByIds(Collection<CatalogEntryId> ids);

    /**
     * Every entry of a kind, active or not.
     *
     * @param kind the kind
     * @return the entries, in no particular order
     */
    List<CatalogEntry> findByKind(CatalogKind kind);

    /**
     * The entry of a kind with a name key.
     *
     * @param kind the kind
     * @param nameKey the key ({@link dev.crmkit.common.Text#key(String)} of the name)
     * @return the entry, if any
     */
    Optional<CatalogEntry> findByNameKey(CatalogKind kind, String nameKey);

    /**
     * Stores a new entry.
     *
     * @param entry the entry at {@code Version.UNSAVED}
     * @return the entry at {@code Version.FIRST}
     */
    CatalogEntry insert(CatalogEntry entry);

    /**
     * Stores a changed entry.
     *
     * @param entry the entry, at the version it was loaded with
     * @return the entry at the next version
     */
    CatalogEntry update(CatalogEntry entry);

    /**
     * Deletes an entry.
     *
     * @param entry the entry, at the version it was loaded with
     */
    void delete(CatalogEntry entry);
}
