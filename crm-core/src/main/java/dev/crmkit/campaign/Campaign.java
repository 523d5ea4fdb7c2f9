package dev.crmkit.campaign;

import dev.crmkit.common.CampaignId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A campaign as it is stored.
 *
 * @param id the id
 * @param name its name, unique in the tenant (ignoring case and accents)
 * @param kind newsletter, offer, visits or calls
 * @param period the days it runs
 * @param owner the user who runs it (who created it)
 * @param target a segment, or a list of accounts and contacts
 * @param status draft, running, done or cancelled
 * @param offer an offer's quotes, given at its launch, or {@code null}
 * @param plan how a visits or calls campaign was planned at its launch, or {@code null}
 * @param createdAt when it was created
 * @param launchedAt when it was launched, or {@code null}
 * @param endedAt when it was done or cancelled, or {@code null}
 * @param version the version, raised by each change
 */
public record Campaign(CampaignId id, String name, CampaignKind kind, CampaignPeriod period, UserId owner,
        CampaignTarget target, CampaignStatus status, OfferQuotes offer, VisitPlan plan, Instant createdAt,
        Instant launchedAt, Instant endedAt, Version version) {

    /** Checks the required parts. */
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(version, "version");
    }

    /**
     * Starts a campaign (stores rebuild what they read with it).
     *
     * @param id the id
     * @param name the name
     * @return the builder
     */
    public static Builder builder(CampaignId id, String name) {
        return new Builder(id, name);
    }

    /** @return the name's key: what makes it unique in the tenant */
    public String nameKey() {
        return Text.key(name);
    }

    /** @return a builder holding this campaign's parts */
    Builder toBuilder() {
        return new Builder(id, name).kind(kind).period(period).owner(owner).target(target).status(status).offer(offer)
                .plan(plan).createdAt(createdAt).launchedAt(launchedAt).endedAt(endedAt).version(version);
    }

    /** Builds a {@link Campaign}. */
    public static final class Builder {

        private final CampaignId id;
        private String name;
        private CampaignKind kind;
        private CampaignPeriod period;
        private UserId owner;
        private CampaignTarget target;
        private CampaignStatus status = CampaignStatus.DRAFT;
        private OfferQuotes offer;
        private VisitPlan plan;
        private Instant createdAt;
        private Instant launchedAt;
        private Instant endedAt;
        private Version version = Version.FIRST;

        private Builder(CampaignId id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the kind
         * @return this builder
         */
        public Builder kind(CampaignKind value) {
            this.kind = value;
            return this;
        }

        /**
         * @param value the period
         * @return this builder
         */
        public Builder period(CampaignPeriod value) {
            this.period = value;
            return this;
        }

        /**
         * @param value the owner
         * @return this builder
         */
        public Builder owner(UserId value) {
            this.owner = value;
            return this;
        }

        /**
         * @param value the target
         * @return this builder
         */
        public Builder target(CampaignTarget value) {
            this.target = value;
            return this;
        }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(CampaignStatus value) {
            this.status = value;
            return this;
        }

        /**
         * @param value the offer's quotes, or {@code null}
         * @return this builder
         */
        public Builder offer(OfferQuotes value) {
            this.offer = value;
            return this;
        }

        /**
         * @param value the plan, or {@code null}
         * @return this builder
         */
        public Builder plan(VisitPlan value) {
            this.plan = value;
            return this;
        }

        /**
         * @param value when it was created
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /**
         * @param value when it was launched, or {@code null}
         * @return this builder
         */
        public Builder launchedAt(Instant value) {
            this.launchedAt = value;
            return this;
        }

        /**
         * @param value when it ended, or {@code null}
         * @return this builder
         */
        public Builder endedAt(Instant value) {
            this.endedAt = value;
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

        /** @return the campaign */
        public Campaign build() {
            return new Campaign(id, name, kind, period, owner, target, status, offer, plan, createdAt, launchedAt, endedAt,
                    version);
        }
    }
}
