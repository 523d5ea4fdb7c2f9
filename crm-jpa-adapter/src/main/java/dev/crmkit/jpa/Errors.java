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
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.PessimisticLockException;
import org.hibernate.QueryTimeoutException;
import jakarta.persistence.LockTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates the persistence layer's exceptions into the core's: a stale write becomes
 * {@link ConflictException#staleVersion}, a deadlock or a serialization failure
 * {@link ConflictException#concurrentWrite} (which the library retries), a unique-key hit
 * {@link ConflictException#duplicate} naming the field, anything else {@link StoreException}.
 *
 * <p>Nothing of JPA, Hibernate or JDBC reaches the host, and neither does what their messages carry: the statement's
 * SQL, and the driver's detail of a violated key, which quotes the values (a legal name, a tax id). The translated
 * error says what failed by the SQLState and the constraint's name, and so does the line logged for it; the driver's
 * exception stays its cause only when the store was asked to keep it ({@link JpaCrmStore#keepDriverExceptions}).
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

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
            Map.entry("crm_segment_pk", new Guarded("segment", "id")),
            Map.entry("crm_segment_name_uk", new Guarded("segment", "name")),
            Map.entry("crm_agenda_entry_pk", new Guarded("agenda-entry", "id")),
            Map.entry("crm_agenda_entry_dedupe_uk", new Guarded("agenda-entry", "dedupeKey")),
            Map.entry("crm_agenda_settings_pk", new Guarded("agenda-settings", "tenantId")));

    /** The entity names of the mapping, as the core's message key suffixes. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("Tenant", "tenant"),
            Map.entry("CrmUser", "user"),
            Map.entry("User", "user"),
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
     * @param keepDriverExceptions whether the persistence layer's exception stays the cause of the translated one
     * @return the exception to throw instead
     */
    static CrmException translate(RuntimeException e, boolean keepDriverExceptions) {
        if (e instanceof CrmException crm) {
            return crm;
        }
        Throwable cause = keepDriverExceptions ? e : null;
        String sqlState = sqlStateOf(e);
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
                String constraint = constraintOf(violation.getConstraintName());
                LOG.debug("Unique key taken: SQLState {}, constraint {}", sqlState, constraint);
                return guarded == null
                        ? ConflictException.duplicate("record", constraint, "?", cause)
                        : ConflictException.duplicate(guarded.entity(), guarded.field(), "?", cause);
            }
            if (t instanceof NonUniqueObjectException | t instanceof EntityExistsException) {
                return ConflictException.duplicate(entityOf(t), "id", "?", cause);
            }
            if (t instanceof LockAcquisitionException || isConcurrencyFailure(t)) {
                // A deadlock or a serialization failure: a concurrent writer won; another attempt may well succeed.
                LOG.debug("Concurrent write: SQLState {}", sqlState);
                return ConflictException.concurrentWrite(cause);
            }
        }
        String what = describe(e, sqlState);
        LOG.warn("The store failed: {}", what);
        return new StoreException(what, cause);
    }

    /**
     * What failed, for a message and a log line: the kind of failure, the SQLState and the constraint's name, never
     * the statement or the values the driver quotes.
     */
    private static String describe(RuntimeException e, String sqlState) {
        String constraint = null;
        String kind = "a statement failed";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                constraint = constraintOf(violation.getConstraintName());
                kind = "a constraint refused the write";
            } else if (t instanceof JDBCConnectionException) {
                kind = "the connection failed";
            } else if (t instanceof QueryTimeoutException || t instanceof jakarta.persistence.QueryTimeoutException) {
                kind = "the statement was cancelled";
            } else if (t instanceof LockTimeoutException || t instanceof PessimisticLockException) {
                kind = "a lock was not granted";
            }
        }
        if (sqlState == null && !(e instanceof PersistenceException || e instanceof HibernateException)) {
            kind = "unexpected " + e.getClass().getSimpleName();
        }
        return kind + (sqlState == null ? "" : " (SQLState " + sqlState + ")")
                + (constraint == null ? "" : " (constraint " + constraint + ")");
    }

    /**
     * A constraint's name as the driver reported it, cut to the name: H2 reports the index with its table, columns and
     * the values that collided ({@code PUBLIC.CRM_ACCOUNT_TAX_KEY_UK_INDEX_8 ON PUBLIC.CRM_ACCOUNT(...) VALUES (...)}).
     */
    private static String constraintOf(String reported) {
        if (reported == null) {
            return null;
        }
        Guarded known = guardedBy(reported);
        String lower = reported.toLowerCase(Locale.ROOT);
        if (known != null) {
            return UNIQUE_KEYS.keySet().stream().filter(lower::contains).max(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow();
        }
        int end = 0;
        while (end < lower.length() && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '_'
                || lower.charAt(end) == '.')) {
            end++;
        }
        String name = lower.substring(0, end);
        return name.startsWith("public.") ? name.substring("public.".length()) : name;
    }

    /** The SQLState of the first SQL exception of a failure's chain, or {@code null}. */
    private static String sqlStateOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
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
