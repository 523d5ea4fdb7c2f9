package dev.crmkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Violation;
import dev.crmkit.spi.PipelineHistoryRepository.HistoryPosition;
import dev.crmkit.spi.TimelineRepository.TimelinePosition;
import java.time.Instant;
import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CursorsTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final TimelinePosition POSITION =
            new TimelinePosition(Instant.parse("2026-03-02T12:00:00.123456Z"), EventId.newId());

    private final Cursors cursors = new Cursors(Cursors.randomKey());

    @Test
    void givenACursorThisLibraryWrote_whenReadBackForItsTenant_thenItIsThePosition() {
        assertThat(cursors.timeline(ACME, cursors.timeline(ACME, POSITION))).isEqualTo(POSITION);
        HistoryPosition history = new HistoryPosition(POSITION.occurredAt(), POSITION.eventId(), 3);
        assertThat(cursors.history(ACME, cursors.history(ACME, history))).isEqualTo(history);
    }

    @Test
    void givenACursorWithAnyByteChanged_whenRead_thenItIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(cursors.timeline(ACME, POSITION));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
            assertInvalid(() -> cursors.timeline(ACME, forged));
        }
    }

    @Test
    void givenACursorOfAnotherTenantOrKeyOrListing_whenRead_thenItIsRefused() {
        String cursor = cursors.timeline(ACME, POSITION);

        assertInvalid(() -> cursors.timeline(TenantId.of("other"), cursor));
        assertInvalid(() -> new Cursors(Cursors.randomKey()).timeline(ACME, cursor));
        assertInvalid(() -> cursors.history(ACME, cursor));
        assertInvalid(() -> cursors.contact(ACME, cursor));
    }

    @Test
    void givenGarbageOrAnOverlongText_whenReadAsACursor_thenItIsRefused() {
        assertInvalid(() -> cursors.timeline(ACME, "not a cursor!"));
        assertInvalid(() -> cursors.timeline(ACME, ""));
        assertInvalid(() -> cursors.timeline(ACME, "A".repeat(Cursors.MAX_LENGTH + 1)));
    }

    @Test
    void givenAPositionOutsideTheSupportedDates_whenWrittenWithTheRightKey_thenReadingItIsStillRefused() {
        // Even a caller holding the key cannot hand a store an instant it does not keep.
        String cursor = cursors.timeline(ACME, new TimelinePosition(Instant.MAX, EventId.newId()));

        assertInvalid(() -> cursors.timeline(ACME, cursor));
        assertInvalid(() -> cursors.history(ACME, cursors.history(ACME, new HistoryPosition(POSITION.occurredAt(),
                POSITION.eventId(), -1))));
    }

    private static void assertInvalid(ThrowingCallable call) {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, call);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("cursor", "InvalidCursor"));
    }
}
