package dev.crmkit.spi;

/** Whether a unit of work only reads or also writes. */
public enum TransactionMode {

    /**
     * Reads only; the repositories refuse every write. Each read sees what was committed before it started; a store
     * need not give the unit of work one snapshot for all its reads (read committed), so it may run them without a
     * transaction of their own.
     */
    READ_ONLY,

    /** Reads and writes, committed together or not at all. */
    READ_WRITE
}
