package dev.crmkit.event;

import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.MemberOutcome;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.UserId;
import java.util.List;

/** Events of a campaign and of its members. */
public sealed interface CampaignEvent extends DomainEvent {

    /** @return the campaign */
    CampaignId campaignId();

    /** The events of the campaign itself, which its history keeps. */
    sealed interface HistoryEvent extends CampaignEvent {

        /** @return the campaign's name after the event */
        String name();

        @Override
        default AggregateRef aggregate() {
            return new AggregateRef("campaign", campaignId().toString());
        }
    }

    /** The events of one member: each member is its own aggregate, so one member's failed delivery holds back no other. */
    sealed interface MemberEvent extends CampaignEvent {

        /** @return the member */
        CampaignMemberId memberId();

        @Override
        default AggregateRef aggregate() {
            return new AggregateRef("campaign-member", memberId().toString());
        }
    }

    /**
     * A draft campaign was created.
     *
     * @param meta the metadata
     * @param campaignId the campaign
     * @param name its name
     * @param kind its kind
     * @param period its period
     * @param owner its owner
     * @param target its target
     */
    record CampaignCreated(EventMeta meta, CampaignId campaignId, String name, CampaignKind kind, CampaignPeriod period,
            UserId owner, CampaignTarget target) implements HistoryEvent {}

    /**
     * A draft campaign was renamed, or its period or target changed.
     *
     * @param meta the metadata
     * @param campaignId the campaign
     * @param name its name after the change
     * @param changes the changed fields ({@code name}, {@code period}, {@code target})
     */
    record CampaignUpdated(EventMeta meta, CampaignId campaignId, String name, List<FieldChange> changes)
            implements HistoryEvent {

        /** Copies the changes. */
        public CampaignUpdated {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A campaign was launched: its members were taken.
     *
     * @param meta the metadata
     * @param campaignId the campaign
     * @param name its name
     * @param kind its kind
     * @param members the members taken, skipped ones included
     * @param skipped the members left out
     */
    record CampaignLaunched(EventMeta meta, CampaignId campaignId, String name, CampaignKind kind, long members,
            long skipped) implements HistoryEvent {}

    /**
     * A running campaign was marked done.
     *
     * @param meta the metadata
     * @param campaignId the campaign
     * @param name its name
     */
    record CampaignCompleted(EventMeta meta, CampaignId campaignId, String name) implements HistoryEvent {}

    /**
     * A draft or running campaign was cancelled.
     *
     * @param meta the metadata
     * @param campaignId the campaign
     * @param name its name
     */
    record CampaignCancelled(EventMeta meta, CampaignId campaignId, String name) implements HistoryEvent {}

    /**
     * A member's newsletter or offer waits for the host's sender, which the relay hands it to.
     *
     * @param meta the metadata
     * @param campaignId the campaign
     * @param memberId the member (the idempotency key)
     * @param accountId its account
     * @param contactId its contact, or {@code null}
     */
    record CampaignMessageQueued(EventMeta meta, CampaignId campaignId, CampaignMemberId memberId, AccountId accountId,
            ContactId contactId) implements MemberEvent {}

    /**
     * What became of a member was reported.
     *
     * @param meta the metadata
     * @param campaignId the campaign
     * @param memberId the member
     * @param accountId its account
     * @param outcome what happened
     */
    record CampaignMemberReported(EventMeta meta, CampaignId campaignId, CampaignMemberId memberId, AccountId accountId,
            MemberOutcome outcome) implements MemberEvent {}
}
