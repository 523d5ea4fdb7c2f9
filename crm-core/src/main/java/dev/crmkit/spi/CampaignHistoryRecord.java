package dev.crmkit.spi;

import dev.crmkit.event.CampaignEvent;
import java.util.Objects;

/**
 * One event in a campaign's history, as a {@link CampaignRepository} stores it, with the acting user's name of the
 * time.
 *
 * @param event the event (the campaign's creation, a change, its launch, its end)
 * @param actorName the acting user's name at the time, or {@code null}
 */
public record CampaignHistoryRecord(CampaignEvent.HistoryEvent event, String actorName) {

    /** Checks the event is present. */
    public CampaignHistoryRecord {
        Objects.requireNonNull(event, "event");
    }
}
