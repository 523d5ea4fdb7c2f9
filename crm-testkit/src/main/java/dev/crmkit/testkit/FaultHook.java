package dev.crmkit.testkit;

import java.util.List;

/**
 * A way to make a store fail on purpose, for the fault-injection suite: the store counts the steps the calling
 * thread makes (a database adapter's JDBC statements, or the port calls of a {@link FaultyStore}) and fails the
 * one it was armed for. Only the thread that armed it is affected; other threads run untouched.
 */
public interface FaultHook {

    /** @return the faults this hook can inject */
    List<Fault> faults();

    /** @return what a step is, for reports ("statement", "port call") */
    String step();

    /** Counts the calling thread's steps from now on, failing none (for a clean run). */
    void count();

    /**
     * Makes the calling thread's {@code n}-th step from now fail with a fault.
     *
     * @param n the step, from 1
     * @param fault the fault
     */
    void arm(int n, Fault fault);

    /**
     * Makes the calling thread's next commit of a unit of work that may write fail with a fault (nothing of it is
     * committed).
     *
     * @param fault the fault
     */
    void armCommit(Fault fault);

    /**
     * Stops counting and failing on the calling thread.
     *
     * @return the steps made since {@link #count()} or an {@code arm}, and whether the fault was injected
     */
    Shot disarm();

    /**
     * What happened while the hook was armed.
     *
     * @param steps the steps the thread made
     * @param fired whether the armed fault was injected
     */
    record Shot(int steps, boolean fired) {}
}
