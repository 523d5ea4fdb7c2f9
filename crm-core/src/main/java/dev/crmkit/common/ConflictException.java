package dev.crmkit.common;

/**
 * A concurrent change got there first: the command carried a stale version of the record, another writer just
 * stored a duplicate of a unique key, or the store gave up the unit of work to a concurrent one (a deadlock, a
 * serialization failure). Nothing was changed; reload and try again.
 */
public final class ConflictException extends CrmException {

    /** The command's expected version is not the stored one. */
    public static final String STALE_VERSION = "conflict.stale-version";

    /** A unique key (a name, a tax id, ...) was just taken by a concurrent writer. */
    public static final String DUPLICATE = "conflict.duplicate";

    /**
     * The store gave up the unit of work to a concurrent one (a deadlock, a serialization failure). The library
     * runs the use case again before it reports this.
     */
    public static final String CONCURRENT_WRITE = "conflict.concurrent-write";

    private ConflictException(String code, String field, Object[] args, Throwable cause) {
        super(code, field, args, cause);
    }

    /**
     * The record was changed since the caller read it.
     *
     * @param entity the kind of record, as a message key suffix
     * @param id the record's id
     * @param expected the version the caller expected
     * @param actual the stored version
     * @return the error, naming {@code expectedVersion}
     */
    public static ConflictException staleVersion(String entity, Object id, Version expected, Version actual) {
        return new ConflictException(
                STALE_VERSION,
                "expectedVersion",
                new Object[] {new Messages.Key("entity." + entity), String.valueOf(id), String.valueOf(expected), String.valueOf(actual)},
                null);
    }

    /**
     * A unique key was taken by a concurrent writer.
     *
     * @param entity the kind of record, as a message key suffix
     * @param field the field holding the key
     * @param key the key
     * @param cause the adapter's own exception, or {@code null}
     * @return the error
     */
    public static ConflictException duplicate(String entity, String field, Object key, Throwable cause) {
        return new ConflictException(
                DUPLICATE, field, new Object[] {new Messages.Key("entity." + entity), String.valueOf(key), field}, cause);
    }

    /**
     * The store gave up the unit of work to a concurrent one: a deadlock, or a transaction it could not
     * serialize with another. Nothing of it was stored, and running it again may well succeed.
     *
     * @param cause the adapter's own exception, or {@code null}
     * @return the error
     */
    public static ConflictException concurrentWrite(Throwable cause) {
        return new ConflictException(CONCURRENT_WRITE, null, new Object[0], cause);
    }
}
