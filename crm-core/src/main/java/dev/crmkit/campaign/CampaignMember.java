package dev.crmkit.campaign;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One member of a launched campaign: an account, or a contact of it, taken at the launch.
 *
 * @param id the id (the host's idempotency key for its message)
 * @param campaignId the campaign
 * @param accountId the account
 * @param contactId the contact, or {@code null} for the account itself
 * @param status where it stands
 * @param skipReason why the launch left it out, when {@link MemberStatus#SKIPPED}; else {@code null}
 * @param assignee whose visit or call it is, or {@code null}
 * @param plannedOn the day its visit or call is planned, or {@code null}
 * @param agendaEntryId its agenda entry, or {@code null}
 * @param quoteId the quote its offer carries: its category's, or its own, made by the launch; {@code null} for none
 * @param updatedAt when it last changed
 * @param version the version, raised by each change
 */
public record CampaignMember(CampaignMemberId id, CampaignId campaignId, AccountId accountId, ContactId contactId,
        MemberStatus status, SkipReason skipReason, UserId assignee, LocalDate plannedOn, AgendaEntryId agendaEntryId,
        QuoteId quoteId, Instant updatedAt, Version version) {

    /** Checks the required parts. */
    public CampaignMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(version, "version");
    }

    /**
     * Starts a member (stores rebuild what they read with it).
     *
     * @param id the id
     * @param campaignId the campaign
     * @param accountId the account
     * @return the builder
     */
    public static Builder builder(CampaignMemberId id, CampaignId campaignId, AccountId accountId) {
        return new Builder(id, campaignId, accountId);
    }

    /** This member in another status, one version later. */
    CampaignMember withStatus(MemberStatus value, Instant now) {
        return new CampaignMember(id, campaignId, accountId, contactId, value, skipReason, assignee, plannedOn,
                agendaEntryId, quoteId, now, version.next());
    }

    /** Builds a {@link CampaignMember}. */
    public static final class Builder {

        private final CampaignMemberId id;
        private final CampaignId campaignId;
        private final AccountId accountId;
        private ContactId contactId;
        private MemberStatus status = MemberStatus.TARGETED;
        private SkipReason skipReason;
        private UserId assignee;
        private LocalDate plannedOn;
        private AgendaEntryId agendaEntryId;
        private QuoteId quoteId;
        private Instant updatedAt;
        private Version version = Version.FIRST;

        private Builder(CampaignMemberId id, CampaignId campaignId, AccountId accountId) {
            this.id = id;
            this.campaignId = campaignId;
            this.accountId = accountId;
        }

        /**
         * @param value the contact, or {@code null}
         * @return this builder
         */
        public Builder contactId(ContactId value) {
            this.contactId = value;
            return this;
        }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(MemberStatus value) {
            this.status = value;
            return this;
        }

        /**
         * @param value why it was skipped, or {@code null}
         * @return this builder
         */
        public Builder skipReason(SkipReason value) {
            this.skipReason = value;
            return this;
        }

        /**
         * @param value whose visit or call it is, or {@code null}
         * @return this builder
         */
        public Builder assignee(UserId value) {
            this.assignee = value;
            return this;
        }

        /**
         * @param value the planned day, or {@code null}
         * @return this builder
         */
        public Builder plannedOn(LocalDate value) {
            this.plannedOn = value;
            return this;
        }

        /**
         * @param value the agenda entry, or {@code null}
         * @return this builder
         */
        public Builder agendaEntryId(AgendaEntryId value) {
            this.agendaEntryId = value;
            return this;
        }

        /**
         * @param value the offer's quote, or {@code null}
         * @return this builder
         */
        public Builder quoteId(QuoteId value) {
            this.quoteId = value;
            return this;
        }

        /**
         * @param value when it last changed
         * @return this builder
         */
        public Builder updatedAt(Instant value) {
            this.updatedAt = value;
            return this;
        }

        /**
         * @param value the version
         * @return this builder
         */
        public Builder version(Version value) {
            this.version = value;
            return this;
        }

        /** @return the member */
        public CampaignMember build() {
            return new CampaignMember(id, campaignId, accountId, contactId, status, skipReason, assignee, plannedOn,
                    agendaEntryId, quoteId, updatedAt, version);
        }
    }
}
