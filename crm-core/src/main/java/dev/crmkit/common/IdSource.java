package dev.crmkit.common;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where the {@code newId()} methods of the typed ids take their UUIDs from while some work runs on the current thread.
 * By default they are time-ordered version 7 UUIDs; a {@code Crm} built with its own id generator runs each use case
 * inside {@link #generatedBy(Supplier, Supplier)}, so every id the use case makes comes from that generator (two
 * {@code Crm}s over different stores given equal generators then make equal ids for equal calls).
 */
public final class IdSource {

    private IdSource() {}

    /**
     * Runs work with the ids made on this thread taken from a generator; the previous source is restored afterwards,
     * so nested calls are safe.
     *
     * @param generator where ids come from; each UUID it returns must be new, and later ones should sort after earlier
     *     ones as unsigned 128-bit numbers (as time-ordered UUIDs do)
     * @param work the work
     * @param <R> the work's result type
     * @return the work's result
     */
    public static <R> R generatedBy(Supplier<UUID> generator, Supplier<R> work) {
        Objects.requireNonNull(generator, "generator");
        Supplier<UUID> previous = Ids.GENERATOR.get();
        Ids.GENERATOR.set(generator);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                Ids.GENERATOR.remove();
            } else {
                Ids.GENERATOR.set(previous);
            }
        }
    }
}
