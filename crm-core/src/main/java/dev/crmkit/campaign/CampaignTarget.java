package dev.crmkit.campaign;

import dev.crmkit.common.SegmentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Whom a campaign aims at: the accounts of a segment, or a list of accounts and contacts. */
public sealed interface CampaignTarget {

    /** The most recipients a list may name. */
    int MAX_RECIPIENTS = 1000;

    /**
     * The accounts a segment matches when the campaign is launched, in the launching user's scope.
     *
     * @param segmentId the segment (one the user sees: their own or a shared one)
     */
    record OfSegment(@NotNull SegmentId segmentId) implements CampaignTarget {}

    /**
     * Accounts and contacts named one by one.
     *
     * @param recipients the recipients, each once
     */
    record OfRecipients(@NotEmpty @Size(max = MAX_RECIPIENTS) List<@NotNull @Valid CampaignRecipient> recipients)
            implements CampaignTarget {

        /** Copies the recipients, keeping a null one for validation to name. */
        public OfRecipients {
            recipients = recipients == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(recipients));
        }
    }

    /**
     * @param segmentId a segment
     * @return the target
     */
    static CampaignTarget segment(SegmentId segmentId) {
        return new OfSegment(segmentId);
    }

    /**
     * @param recipients accounts and contacts
     * @return the target
     */
    static CampaignTarget recipients(List<CampaignRecipient> recipients) {
        return new OfRecipients(recipients);
    }
}
