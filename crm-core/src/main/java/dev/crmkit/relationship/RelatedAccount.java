package dev.crmkit.relationship;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.RelationshipId;
import java.time.Instant;

/**
 * A relationship seen from one of its accounts.
 *
 * @param relationshipId the relationship
 * @param direction which side the viewing account is on
 * @param typeId the relationship type
 * @param label the type's name ({@link RelationshipDirection#OUTGOING}) or inverse name (incoming)
 * @param otherAccountId the account on the other side
 * @param otherAccountName the other account's legal name
 * @param reason the reason, or {@code null}
 * @param createdAt when the relationship was created
 */
public record RelatedAccount(
        RelationshipId relationshipId,
        RelationshipDirection direction,
        CatalogEntryId typeId,
        String label,
        AccountId otherAccountId,
        String otherAccountName,
        String reason,
        Instant createdAt) {

    /**
     * Starts a {@link RelatedAccount}; every other part starts empty
     * ({@code null}, an empty collection).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link RelatedAccount}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.relationshipId = relationshipId;
        builder.direction = direction;
        builder.typeId = typeId;
        builder.label = label;
        builder.otherAccountId = otherAccountId;
        builder.otherAccountName = otherAccountName;
        builder.reason = reason;
        builder.createdAt = createdAt;
        return builder;
    }

    /**
     * Builds a {@link RelatedAccount}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private RelationshipId relationshipId;
        private RelationshipDirection direction;
        private CatalogEntryId typeId;
        private String label;
        private AccountId otherAccountId;
        private String otherAccountName;
        private String reason;
        private Instant createdAt;

        private Builder() {}

        /**
         * @param value the relationship
         * @return this builder
         */
        public Builder relationshipId(RelationshipId value) {
            this.relationshipId = value;
            return this;
        }

        /**
         * @param value which side the viewing account is on
         * @return this builder
         */
        public Builder direction(RelationshipDirection value) {
            this.direction = value;
            return this;
        }

        /**
         * @param value the relationship type
         * @return this builder
         */
        public Builder typeId(CatalogEntryId value) {
            this.typeId = value;
            return this;
        }

        /**
         * @param value the type's name ({@link RelationshipDirection#OUTGOING}) or inverse name (incoming)
         * @return this builder
         */
        public Builder label(String value) {
            this.label = value;
            return this;
        }

        /**
         * @param value the account on the other side
         * @return this builder
         */
        public Builder otherAccountId(AccountId value) {
            this.otherAccountId = value;
            return this;
        }

        /**
         * @param value the other account's legal name
         * @return this builder
         */
        public Builder otherAccountName(String value) {
            this.otherAccountName = value;
            return this;
        }

        /**
         * @param value the reason, or {@code null}
         * @return this builder
         */
        public Builder reason(String value) {
            this.reason = value;
            return this;
        }

        /**
         * @param value when the relationship was created
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /** @return the {@link RelatedAccount} of the steps so far, checked as any other when a use case receives it */
        public RelatedAccount build() {
            return new RelatedAccount(relationshipId, direction, typeId, label, otherAccountId, otherAccountName, reason, createdAt);
        }
    }
}
