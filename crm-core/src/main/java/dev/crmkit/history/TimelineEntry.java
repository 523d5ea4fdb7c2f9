package dev.crmkit.history;

import dev.crmkit.common.EventId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One line of an account's timeline.
 *
 * @param eventId the event it records (the same id the event publisher saw)
 * @param occurredAt when it happened
 * @param actor who did it, or {@code null} for the host or a rule
 * @param actorName the acting user's name when it happened, or {@code null}
 * @param type the event's type ({@code "AccountClassified"}, {@code "ContactAdded"}, ...)
 * @param summary what happened, in the reader's language
 * @param changes the fields that changed, old and new values; empty for events that change no field
 * @param lines the same changes in the reader's words, the raw values beside them
 */
public record TimelineEntry(EventId eventId, Instant occurredAt, UserId actor, String actorName, String type,
        String summary, List<FieldChange> changes, List<ChangeLine> lines) {

    /** Copies the changes. */
    public TimelineEntry {
        changes = List.copyOf(changes);
        lines = List.copyOf(lines);
    }

    /**
     * Who did it.
     *
     * @return the user, empty for the host or a rule
     */
    public Optional<UserId> actingUser() {
        return Optional.ofNullable(actor);
    }
}
