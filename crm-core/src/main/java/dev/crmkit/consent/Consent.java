package dev.crmkit.consent;

import dev.crmkit.common.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One consent decision as it was recorded: who, for which channel, granted or withdrawn, where it came from and
 * when. Decisions are never changed or removed while the account exists; a later one supersedes an earlier one for
 * the same subject and channel, and the earlier ones stay as the evidence the data-protection laws ask for.
 *
 * @param subject the account or contact
 * @param channel the channel
 * @param state granted or withdrawn
 * @param source where the decision came from ("signed contract", "web form", "opt-out link"...)
 * @param recordedAt when it was recorded
 * @param recordedBy the user who recorded it, or {@code null} when the person opted out through a message's link
 */
public record Consent(ConsentSubject subject, ConsentChannel channel, ConsentState state, String source,
        Instant recordedAt, UserId recordedBy) {

    /** Checks the required parts. */
    public Consent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * Starts a decision (stores rebuild what they read with it).
     *
     * @param subject the account or contact
     * @param channel the channel
     * @param state granted or withdrawn
     * @return the builder
     */
    public static Builder builder(ConsentSubject subject, ConsentChannel channel, ConsentState state) {
        return new Builder(subject, channel, state);
    }

    /** Builds a {@link Consent}. */
    public static final class Builder {

        private final ConsentSubject subject;
        private final ConsentChannel channel;
        private final ConsentState state;
        private String source;
        private Instant recordedAt;
        private UserId recordedBy;

        private Builder(ConsentSubject subject, ConsentChannel channel, ConsentState state) {
            this.subject = subject;
            this.channel = channel;
            this.state = state;
        }

        /**
         * @param value where the decision came from
         * @return this builder
         */
        public Builder source(String value) {
            this.source = value;
            return this;
        }

        /**
         * @param value when it was recorded
         * @return this builder
         */
        public Builder recordedAt(Instant value) {
            this.recordedAt = value;
            return this;
        }

        /**
         * @param value who recorded it, or {@code null} for an opt-out through a message's link
         * @return this builder
         */
        public Builder recordedBy(UserId value) {
            this.recordedBy = value;
            return this;
        }

        /** @return the decision */
        public Consent build() {
            return new Consent(subject, channel, state, source, recordedAt, recordedBy);
        }
    }
}
