package dev.crmkit.common;

import java.util.Locale;

/**
 * The persistence adapter failed (the database is unreachable, a statement failed for a reason that is not
 * the caller's). The unit of work was rolled back; nothing was changed.
 */
public final class StoreException extends CrmException {

    /** The code of stored bytes that no longer match the size and SHA-256 recorded when they were uploaded. */
    public static final String DAMAGED = "store.damaged";

    /**
     * Creates the error.
     *
     * @param what a short, non-localized description of what failed
     * @param cause the adapter's own exception, or {@code null}
     */
    public StoreException(String what, Throwable cause) {
        super("store.failure", null, new Object[] {what}, cause);
    }

    private StoreException(String code, String field, Object[] args) {
        super(code, field, args, null);
    }

    /**
     * Stored bytes (a document's, an attachment's) that no longer match the size and SHA-256 recorded when they were
     * uploaded: the store holds something else now. The message names the record by its id, in the locale given.
     *
     * @param entity the kind of record, as a message key suffix ({@code "document"}, {@code "attachment"})
     * @param field the field of the call that named the record
     * @param id the record's id
     * @param locale the reader's locale
     * @return the error, code {@link #DAMAGED}
     */
    public static StoreException damaged(String entity, String field, Object id, Locale locale) {
        StoreException damaged = new StoreException(DAMAGED, field, new Object[] {new Messages.Key("entity." + entity), String.valueOf(id)});
        damaged.localize(locale);
        return damaged;
    }
}
