package dev.crmkit.testkit;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.StoreException;

/**
 * A fault the fault-injection suite makes a store suffer, named by the SQLState a database reports for it. A
 * database adapter's test raises it as its driver would (an {@code SQLException} with that state, or the real
 * thing: {@link #KILLED_BACKEND}); a store that has no statements suffers it at its port boundary, in the form an
 * adapter reports it ({@link #asReported()}).
 */
public enum Fault {

    /** The connection broke ({@code 08006}). */
    CONNECTION_LOSS("08006"),

    /** The database could not serialize the transaction with a concurrent one ({@code 40001}). */
    SERIALIZATION_FAILURE("40001"),

    /** The transaction was chosen as a deadlock's victim ({@code 40P01}). */
    DEADLOCK("40P01"),

    /** The statement was cancelled (a statement timeout, or an operator; {@code 57014}). */
    QUERY_CANCELED("57014"),

    /**
     * The server process of the session was terminated ({@code pg_terminate_backend}, which the session sees as
     * {@code 57P01} or as a broken connection): a real kill, on a database that has it.
     */
    KILLED_BACKEND("57P01");

    private final String sqlState;

    Fault(String sqlState) {
        this.sqlState = sqlState;
    }

    /** @return the SQLState a database reports for the fault */
    public String sqlState() {
        return sqlState;
    }

    /** @return whether a second attempt can succeed where the first lost to a concurrent transaction */
    public boolean concurrency() {
        return this == SERIALIZATION_FAILURE || this == DEADLOCK;
    }

    /**
     * The fault as a store's port reports it: a concurrency failure is a {@link ConflictException} the library may
     * retry, anything else a {@link StoreException}.
     *
     * @return a new exception
     */
    public CrmException asReported() {
        return concurrency()
                ? ConflictException.concurrentWrite(null)
                : new StoreException("injected fault " + name() + " (" + sqlState + ")", null);
    }
}
