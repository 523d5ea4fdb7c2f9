package dev.crmkit.spi;

import dev.crmkit.event.CaseEvent;
import java.util.Map;
import java.util.Objects;

/**
 * One event in a case's history, as a {@link CaseRepository} stores it, with the names its values referred to when
 * it happened.
 *
 * @param event the event
 * @param actorName the acting user's name at the time, or {@code null}
 * @param names the names, at the time, of the ids the event's changes hold (users, catalog entries, contacts), by id
 */
public record CaseHistoryRecord(CaseEvent event, String actorName, Map<String, String> names) {

    /** Checks the event is present and copies the names. */
    public CaseHistoryRecord {
        Objects.requireNonNull(event, "event");
        names = Map.copyOf(names);
    }
}
