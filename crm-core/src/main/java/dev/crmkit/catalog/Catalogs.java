package dev.crmkit.catalog;

import dev.crmkit.common.CatalogEntryId;
import java.util.List;

/**
 * The tenant's catalogs: any active user reads them, administrators change them.
 *
 * <p>Names are unique within a tenant and kind, case-insensitively ({@code InvalidCommandException} with code
 * {@code Unique} on {@code name}). An entry that something references cannot be deleted
 * ({@code RuleViolationException} {@code rule.catalog.entry-in-use}); deactivate it instead.
 */
public interface Catalogs {

    /**
     * Creates a plain entry.
     *
     * @param command the kind and name
     * @return the stored entry
     */
    CatalogEntry create(CreateCatalogEntry command);

    /**
     * Creates a characteristic type.
     *
     * @param command the name, value type and choices
     * @return the stored entry
     */
    CatalogEntry createCharacteristicType(CreateCharacteristicType command);

    /**
     * Creates a relationship type.
     *
     * @param command the names and the hierarchical flag
     * @return the stored entry
     */
    CatalogEntry createRelationshipType(CreateRelationshipType command);

    /**
     * Renames an entry.
     *
     * @param command the entry, its new name (and inverse name) and the version the caller last saw
     * @return the stored entry
     */
    CatalogEntry rename(RenameCatalogEntry command);

    /**
     * Replaces the allowed values of a closed-list characteristic type.
     *
     * @param command the entry, the values and the version the caller last saw
     * @return the stored entry
     */
    CatalogEntry changeChoices(ChangeCharacteristicChoices command);

    /**
     * Deactivates an entry: existing references stay, new ones are refused. Idempotent.
     *
     * @param entryId the entry
     * @return the stored entry
     */
    CatalogEntry deactivate(CatalogEntryId entryId);

    /**
     * Activates an entry again. Idempotent.
     *
     * @param entryId the entry
     * @return the stored entry
     */
    CatalogEntry activate(CatalogEntryId entryId);

    /**
     * Deletes an entry that nothing references.
     *
     * @param entryId the entry
     */
    void delete(CatalogEntryId entryId);

    /**
     * One entry.
     *
     * @param entryId the entry
     * @return the entry
     * @throws dev.crmkit.common.NotFoundException when the tenant has no such entry
     */
    CatalogEntry get(CatalogEntryId entryId);

    /**
     * The active entries of a kind, sorted by name.
     *
     * @param kind the kind
     * @return the entries
     */
    List<CatalogEntry> list(CatalogKind kind);

    /**
     * The entries of a kind, sorted by name, inactive ones included when asked.
     *
     * @param kind the kind
     * @param includeInactive whether to include inactive entries
     * @return the entries
     */
    List<CatalogEntry> list(CatalogKind kind, boolean includeInactive);
}
