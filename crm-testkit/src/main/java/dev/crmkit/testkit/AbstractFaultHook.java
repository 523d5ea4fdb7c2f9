package dev.crmkit.testkit;

import java.util.List;

/**
 * The bookkeeping of a {@link FaultHook}, per thread: a store's own hook calls {@link #onStep()} before each step
 * and {@link #onCommit()} before each commit of a unit of work that may write, and injects the fault they return.
 */
public abstract class AbstractFaultHook implements FaultHook {

    private final ThreadLocal<Armed> armed = new ThreadLocal<>();
    private final List<Fault> faults;
    private final String step;

    /**
     * Creates the hook.
     *
     * @param faults the faults the store can inject
     * @param step what a step is, for reports
     */
    protected AbstractFaultHook(List<Fault> faults, String step) {
        this.faults = List.copyOf(faults);
        this.step = step;
    }

    @Override
    public final List<Fault> faults() {
        return faults;
    }

    @Override
    public final String step() {
        return step;
    }

    @Override
    public final void count() {
        armed.set(new Armed(0, null, false));
    }

    @Override
    public final void arm(int n, Fault fault) {
        armed.set(new Armed(n, fault, false));
    }

    @Override
    public final void armCommit(Fault fault) {
        armed.set(new Armed(0, fault, true));
    }

    @Override
    public final Shot disarm() {
        Armed state = armed.get();
        armed.remove();
        return state == null ? new Shot(0, false) : new Shot(state.steps, state.fired);
    }

    /**
     * Counts a step of the calling thread.
     *
     * @return the fault to inject at this step, or {@code null}
     */
    protected final Fault onStep() {
        Armed state = armed.get();
        if (state == null) {
            return null;
        }
        state.steps++;
        if (!state.atCommit && state.fault != null && !state.fired && state.steps == state.target) {
            state.fired = true;
            return state.fault;
        }
        return null;
    }

    /**
     * Notes a commit of the calling thread's unit of work that may write.
     *
     * @return the fault to inject instead of committing, or {@code null}
     */
    protected final Fault onCommit() {
        Armed state = armed.get();
        if (state == null || !state.atCommit || state.fired) {
            return null;
        }
        state.fired = true;
        return state.fault;
    }

    /** What one thread was armed with, and what happened since. */
    private static final class Armed {

        final int target;
        final Fault fault;
        final boolean atCommit;
        int steps;
        boolean fired;

        Armed(int target, Fault fault, boolean atCommit) {
            this.target = target;
            this.fault = fault;
            this.atCommit = atCommit;
        }
    }
}
