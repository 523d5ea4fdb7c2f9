package dev.crmkit.jpa;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.StoreException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.hibernate.HibernateException;
import org.hibernate.NonUniqueObjectException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Translates the persistence layer's exceptions into the core's: a stale write and a concurrent lock loss
 * become {@link ConflictException#staleVersion}, a unique-key hit {@link ConflictException#duplicate} naming the
 * field, anything else {@link StoreException}. Nothing of JPA, Hibernate or JDBC reaches the host.
 */
final class Errors {

    /** What each unique constraint guards: the entity (as a message key suffix) and the field. */
    private static final Map<String, Guarded> UNIQUE_KEYS = Map.ofEntries(
            Map.entry("crm_tenant_pk", new Guarded("tenant", "tenantId")),
            Map.entry("crm_user_pk", new Guarded("user", "id")),
            Map.entry("crm_catalog_entry_pk", new Guarded("catalog-entry", "id")),
            Map.entry("crm_catalog_entry_name_uk", new Guarded("catalog-entry", "name")),
            Map.entry("crm_outbox_pk", new Guarded("event", "eventId")),
            Map.entry("crm_account_pk", new Guarded("account", "id")),
            Map.entry("crm_account_tax_key_uk", new Guarded("account", "taxId")),
            Map.entry("crm_contact_pk", new Guarded("contact", "id")),
            Map.entry("crm_relationship_pk", new Guarded("relationship", "id")),
            Map.entry("crm_relationship_uk", new Guarded("relationship", "typeId")),
            Map.entry("crm_document_pk", new Guarded("document", "id")),
            Map.entry("crm_timeline_pk", new Guarded("account", "eventId")),
            Map.entry("crm_pipeline_pk", new Guarded("pipeline", "id")),
            Map.entry("crm_pipeline_name_uk", new Guarded("pipeline", "name")),
            Map.entry("crm_card_pk", new Guarded("card", "id")),
            Map.entry("crm_card_open_account_uk", new Guarded("card", "accountId")),
            Map.entry("crm_pipeline_history_pk", new Guarded("pipeline", "historyId")),
            Map.entry("crm_saved_filter_pk", new Guarded("saved-filter", "id")),
            Map.entry("crm_saved_filter_name_uk", new Guarded("saved-filter", "name")),
            Map.entry("crm_agenda_entry_pk", new Guarded("agenda-entry", "id")),
            Map.entry("crm_agenda_entry_dedupe_uk", new Guarded("agenda-entry", "dedupeKey")),
            Map.entry("crm_agenda_settings_pk", new Guarded("agenda-settings", "tenantId")));

    /** The entity names of the mapping, as the core's message key suffixes. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("Tenant", "tenant"),
            Map.entry("CrmUser", "user"),
            Map.entry("CatalogEntry", "catalog-entry"),
            Map.entry("Account", "account"),
            Map.entry("Contact", "contact"),
            Map.entry("Relationship", "relationship"),
            Map.entry("Document", "document"),
            Map.entry("Pipeline", "pipeline"),
            Map.entry("Card", "card"),
            Map.entry("SavedFilter", "saved-filter"),
            Map.entry("AgendaEntry", "agenda-entry"),
            Map.entry("AgendaSettings", "agenda-settings"));

    private Errors() {}

    /**
     * The core's exception for a failure.
     *
     * @param e what the persistence layer threw
     * @return the exception to throw instead
     */
    static CrmException translate(RuntimeException e) {
        if (e instanceof CrmException crm) {
            return crm;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CrmException crm) {
                return crm;
            }
            if (t instanceof StaleStateException stale) {
                return ConflictException.staleVersion(entityOf(stale), identifierOf(stale), null, null);
            }
            if (t instanceof OptimisticLockException lock) {
                return ConflictException.staleVersion(entityOf(lock.getEntity()), "?", null, null);
            }
            if (t instanceof ConstraintViolationException violation && isUnique(violation)) {
                Guarded guarded = guardedBy(violation.getConstraintName());
                return guarded == null
                        ? ConflictException.duplicate("record", String.valueOf(violation.getConstraintName()), "?", violation)
                        : ConflictException.duplicate(guarded.entity(), guarded.field(), "?", violation);
            }
            if (t instanceof NonUniqueObjectException | t instanceof EntityExistsException) {
                return ConflictException.duplicate(entityOf(t), "id", "?", t);
            }
            if (t instanceof LockAcquisitionException || isConcurrencyFailure(t)) {
                // A deadlock or a serialization failure: a concurrent writer won; the caller may retry.
                return ConflictException.staleVersion("record", "?", null, null);
            }
        }
        if (e instanceof PersistenceException || e instanceof HibernateException) {
            return new StoreException("persistence failure: " + e.getMessage(), e);
        }
        return new StoreException("unexpected failure: " + e, e);
    }

    /**
     * The key a constraint name reported by the driver guards: PostgreSQL reports the name itself, H2 a
     * qualified index name around it ({@code PUBLIC.CRM_ACCOUNT_TAX_KEY_UK_INDEX_8 ON ...}); the longest known
     * name it contains wins.
     */
    private static Guarded guardedBy(String constraintName) {
        if (constraintName == null) {
            return null;
        }
        String reported = constraintName.toLowerCase(Locale.ROOT);
        return UNIQUE_KEYS.entrySet().stream()
                .filter(e -> reported.contains(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(null);
    }

    private static boolean isUnique(ConstraintViolationException violation) {
        if (violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
            return true;
        }
        SQLException sql = violation.getSQLException();
        // PostgreSQL's unique_violation and H2's DUPLICATE_KEY_1, for drivers the dialect does not classify.
        return sql != null && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 23505);
    }

    private static boolean isConcurrencyFailure(Throwable t) {
        return t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()));
    }

    private static String entityOf(StaleStateException stale) {
        if (stale instanceof org.hibernate.StaleObjectStateException object) {
            return entityName(object.getEntityName());
        }
        return "record";
    }

    private static Object identifierOf(StaleStateException stale) {
        if (stale instanceof org.hibernate.StaleObjectStateException object) {
            Object id = object.getIdentifier();
            return id instanceof Keys.ByUuid k ? k.id : id instanceof Keys.ByUser k ? k.userId : String.valueOf(id);
        }
        return "?";
    }

    private static String entityOf(Object entity) {
        return entity == null ? "record" : entityName(entity.getClass().getSimpleName().replace("Entity", ""));
    }

    private static String entityName(String mapped) {
        if (mapped == null) {
            return "record";
        }
        String simple = mapped.substring(mapped.lastIndexOf('.') + 1);
        return ENTITIES.getOrDefault(simple, "record");
    }

    private record Guarded(String entity, String field) {}
}
