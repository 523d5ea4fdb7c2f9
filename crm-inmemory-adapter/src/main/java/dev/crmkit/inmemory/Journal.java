package dev.crmkit.inmemory;

/** Where a write records how to undo itself, so a failing unit of work can be rolled back. */
interface Journal {

    /**
     * Records the inverse of a write that was just applied.
     *
     * @param undo restores the state before the write
     */
    void onRollback(Runnable undo);
}
