package dev.crmkit.internal;

import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.document.Document;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;

/** Orders of listings that more than one capability shows. */
public final class Orders {

    /** Task order within a group: by day, the timed ones of a day before its any-time ones, then by creation. */
    public static final Comparator<AgendaEntry> BY_SCHEDULE = Comparator
            .comparing((AgendaEntry e) -> e.schedule().map(Schedule::day).orElse(LocalDate.MAX))
            .thenComparing(e -> e.schedule().map(s -> s instanceof Schedule.AtTime a ? a.at().toLocalTime() : LocalTime.MAX)
                    .orElse(LocalTime.MAX))
            .thenComparing(AgendaEntry::createdAt)
            .thenComparing(AgendaEntry::id);

    /** Documents newest first, then by id. */
    public static final Comparator<Document> DOCUMENTS_NEWEST_FIRST =
            Comparator.comparing(Document::uploadedAt).thenComparing(Document::id).reversed();

    private Orders() {}
}
