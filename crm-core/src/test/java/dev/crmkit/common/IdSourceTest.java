package dev.crmkit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link IdSource}: ids come from the generator only inside its work, nested sources restore the outer one. */
class IdSourceTest {

    private static Supplier<UUID> counting(long high) {
        AtomicLong next = new AtomicLong();
        return () -> new UUID(high, next.incrementAndGet());
    }

    @Test
    void givenAGenerator_whenIdsAreMadeInsideItsWork_thenTheyAreItsAndOutsideTheyAreTimeOrderedAgain() {
        Supplier<UUID> generator = counting(42);

        AccountId first = IdSource.generatedBy(generator, AccountId::newId);
        CardId second = IdSource.generatedBy(generator, CardId::newId);
        AccountId outside = AccountId.newId();

        assertThat(first.value()).isEqualTo(new UUID(42, 1));
        assertThat(second.value()).isEqualTo(new UUID(42, 2));
        assertThat(outside.value().version()).isEqualTo(7);
    }

    @Test
    void givenNestedSources_whenTheInnerWorkEndsOrFails_thenTheOuterSourceIsBack() {
        Supplier<UUID> outer = counting(1);
        Supplier<UUID> inner = counting(2);

        UUID[] ids = IdSource.generatedBy(outer, () -> {
            UUID inInner = IdSource.generatedBy(inner, () -> EventId.newId().value());
            catchThrowable(() -> IdSource.generatedBy(inner, () -> {
                throw new IllegalStateException("work failed");
            }));
            return new UUID[] {inInner, EventId.newId().value()};
        });

        assertThat(ids).containsExactly(new UUID(2, 1), new UUID(1, 1));
        assertThat(EventId.newId().value().version()).isEqualTo(7);
    }
}
