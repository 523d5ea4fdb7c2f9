package dev.crmkit.campaign;

/**
 * Where a campaign stands: {@code DRAFT → RUNNING → DONE}, and a draft or a running campaign may be
 * {@code CANCELLED}. Only a draft can be changed or launched; done and cancelled campaigns are final.
 */
public enum CampaignStatus {
    /** Being prepared: its name, period and target may change. */
    DRAFT,
    /** Launched: its members were taken, messages sent or visits and calls planned. */
    RUNNING,
    /** Finished: its results stay readable. */
    DONE,
    /** Called off; a running campaign's results stay readable. */
    CANCELLED;

    /**
     * @param next a status
     * @return whether a campaign in this status may move to it
     */
    public boolean canMoveTo(CampaignStatus next) {
        return switch (this) {
            case DRAFT -> next == RUNNING || next == CANCELLED;
            case RUNNING -> next == DONE || next == CANCELLED;
            case DONE, CANCELLED -> false;
        };
    }
}
