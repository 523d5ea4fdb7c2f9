package dev.crmkit.spi;

/** Whether a unit of work only reads or also writes. */
public enum TransactionMode {

    /** Reads only; the repositories refuse every write. */
    READ_ONLY,

    /** Reads and writes, committed together or not at all. */
    READ_WRITE
}
