package dev.crmkit.common;

/**
 * The persistence adapter failed (the database is unreachable, a statement failed for a reason that is not
 * the caller's). The unit of work was rolled back; nothing was changed.
 */
public final class StoreException extends CrmException {

    /**
     * Creates the error.
     *
     * @param what a short, non-localized description of what failed
     * @param cause the adapter's own exception, or {@code null}
     */
    public StoreException(String what, Throwable cause) {
        super("store.failure", null, new Object[] {what}, cause);
    }
}
