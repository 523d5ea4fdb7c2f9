package dev.crmkit.spi;

import dev.crmkit.common.ConflictException;
import java.util.function.Supplier;

/**
 * Sees every use-case call a host makes, for metrics and tracing (the Spring Boot starter's Micrometer observations
 * are one). Each call of a use-case interface's method ({@code accounts().create(...)}, {@code agendaRules().run(...)})
 * runs inside {@link #observe}, named {@code "<interface>.<method>"} ({@code "accounts.create"}); its outcome is the
 * value it returns or the exception it throws.
 */
public interface UseCaseObserver {

    /** Observes nothing: each call just runs. */
    UseCaseObserver NONE = new UseCaseObserver() {
        @Override
        public <T> T observe(String useCase, Supplier<T> call) {
            return call.get();
        }
    };

    /**
     * Runs one use-case call; must call {@code call} exactly once and return what it returns (or let what it throws
     * propagate).
     *
     * @param useCase the use case's name, {@code "<interface>.<method>"}
     * @param call the call
     * @param <T> its result type
     * @return its result
     */
    <T> T observe(String useCase, Supplier<T> call);

    /**
     * A change to the current state (a delta) met a concurrent writer's change and runs again on the fresh state.
     *
     * @param conflict the conflict that caused the retry
     */
    default void retried(ConflictException conflict) {}
}
