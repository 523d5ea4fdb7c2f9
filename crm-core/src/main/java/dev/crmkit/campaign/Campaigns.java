package dev.crmkit.campaign;

import dev.crmkit.common.CampaignId;
import dev.crmkit.common.Page;
import dev.crmkit.history.TimelineEntry;
import java.util.List;

/**
 * Campaigns: newsletters, offers, door-to-door visits and periodic calls. Every user of the tenant sees its campaigns;
 * only a campaign's owner or an administrator changes, launches or ends it. Members and results only ever show the
 * accounts in the reader's scope, so two readers may count differently.
 *
 * <p><b>Attribution.</b> A card, a quote or an order is attributed to a campaign when it was created for the account of
 * one of its members that was not skipped, at or after the campaign's launch and before the end of the campaign's last
 * day (in the tenant's time zone). An account in two campaigns counts in both; an account counts once in a campaign
 * however many of its contacts are members.
 */
public interface Campaigns {

    /** The longest name. */
    int MAX_NAME = 120;

    /**
     * Creates a draft campaign owned by the actor. A segment target must be one the actor sees; explicit recipients
     * must be accounts in the actor's scope and contacts of those accounts, each once.
     *
     * @param command the campaign
     * @return the stored campaign
     */
    Campaign create(CreateCampaign command);

    /**
     * Changes a draft campaign's name, period or target.
     *
     * @param command the campaign as read, with the parts to change
     * @return the stored campaign
     */
    Campaign update(UpdateCampaign command);

    /**
     * Launches a draft campaign. Its members are taken now: the accounts its segment matches in the actor's scope,
     * or its recipients still in that scope. A member who may not be reached on the campaign's channel is kept as
     * {@link MemberStatus#SKIPPED} with the reason: consent withdrawn, consent needed and not given (the tenant's rule
     * of consent), no address for the channel, or no quote for its category. Newsletters and offers go to the host's
     * {@code MessageSender} after the commit, one message per member; visits and calls become agenda entries on the
     * tenant's working days within the period, from the launch day on, spread evenly (each user's entries on any two of those days differ by at most one; over a team, the users' numbers of entries differ by at most one too); a plan that cannot hold
     * every member within the daily capacity is refused and nothing is stored.
     *
     * @param command the campaign, its version, and the plan or the offer's quotes
     * @return the running campaign
     */
    Campaign launch(LaunchCampaign command);

    /**
     * Marks a running campaign done. Reports keep arriving afterwards.
     *
     * @param command the campaign and its version
     * @return the campaign
     */
    Campaign complete(EndCampaign command);

    /**
     * Cancels a draft or running campaign; its messages not yet handed to the host's sender are not sent.
     *
     * @param command the campaign and its version
     * @return the campaign
     */
    Campaign cancel(EndCampaign command);

    /**
     * @param campaignId a campaign
     * @return the campaign
     */
    Campaign get(CampaignId campaignId);

    /** @return the tenant's campaigns, by name */
    List<Campaign> list();

    /**
     * A page of a campaign's members whose accounts the actor sees, by id.
     *
     * @param campaignId the campaign
     * @param cursor the previous page's cursor, or {@code null}
     * @param limit the page's size (1 to 500)
     * @return the page
     */
    Page<CampaignMember> members(CampaignId campaignId, String cursor, int limit);

    /**
     * Reports what became of a member (the host's sender reporting a delivery, a bounce, an answer or an opt-out, or a
     * user reporting a purchase). Reporting the status a member already has changes nothing, so a report delivered
     * twice counts once. An opt-out also records the withdrawal of the member's consent for the campaign's channel,
     * with the source {@code "campaign"}. A skipped member takes no report.
     *
     * @param command the member and what happened
     * @return the member
     */
    CampaignMember report(ReportMemberOutcome command);

    /**
     * A campaign's results over the members the actor sees (see the attribution rule above).
     *
     * @param campaignId the campaign
     * @return the results
     */
    CampaignResults results(CampaignId campaignId);

    /**
     * A campaign's history, oldest first, in the reader's language.
     *
     * @param campaignId the campaign
     * @return its creation, changes, launch and end
     */
    List<TimelineEntry> history(CampaignId campaignId);
}
