package dev.crmkit.agenda;

import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Changes the tenant's agenda settings (administrators only).
 *
 * @param legacyNoonIsAnyTime whether 12:00 means "any time that day"
 * @param contractNoticeDays days of notice before a contract expires; 0 turns the reminder off
 * @param followUpStagnantCards whether stagnant cards get a follow-up
 * @param paymentReminders whether overdue balances get a reminder
 * @param periodicCalls the periodic calls
 * @param templates the templates
 * @param expectedVersion the version the caller last saw
 */
public record UpdateAgendaSettings(
        boolean legacyNoonIsAnyTime,
        @Min(0) @Max(366) int contractNoticeDays,
        boolean followUpStagnantCards,
        boolean paymentReminders,
        @NotNull @Size(max = 1000) List<@NotNull @Valid PeriodicCall> periodicCalls,
        @NotNull @Size(max = 100) List<@NotNull @Valid AgendaTemplate> templates,
        @NotNull Version expectedVersion) {

    /**
     * The command that keeps everything of some settings but what the caller changes next.
     *
     * @param current the settings as read
     * @return a command equal to them
     */
    public static UpdateAgendaSettings from(AgendaSettings current) {
        return new UpdateAgendaSettings(current.legacyNoonIsAnyTime(), current.contractNoticeDays(),
                current.followUpStagnantCards(), current.paymentReminders(), current.periodicCalls(), current.templates(),
                current.version());
    }

    /**
     * @param value whether 12:00 means "any time that day"
     * @return a copy with that setting
     */
    public UpdateAgendaSettings withLegacyNoon(boolean value) {
        return new UpdateAgendaSettings(value, contractNoticeDays, followUpStagnantCards, paymentReminders, periodicCalls,
                templates, expectedVersion);
    }

    /**
     * @param value the templates
     * @return a copy with those templates
     */
    public UpdateAgendaSettings withTemplates(List<AgendaTemplate> value) {
        return new UpdateAgendaSettings(legacyNoonIsAnyTime, contractNoticeDays, followUpStagnantCards, paymentReminders,
                periodicCalls, value, expectedVersion);
    }

    /**
     * @param value the periodic calls
     * @return a copy with those calls
     */
    public UpdateAgendaSettings withPeriodicCalls(List<PeriodicCall> value) {
        return new UpdateAgendaSettings(legacyNoonIsAnyTime, contractNoticeDays, followUpStagnantCards, paymentReminders,
                value, templates, expectedVersion);
    }

    /**
     * @param days days of notice before a contract expires
     * @return a copy with that notice
     */
    public UpdateAgendaSettings withContractNoticeDays(int days) {
        return new UpdateAgendaSettings(legacyNoonIsAnyTime, days, followUpStagnantCards, paymentReminders, periodicCalls,
                templates, expectedVersion);
    }

    /**
     * Starts a {@link UpdateAgendaSettings} from its required parts; every other part starts empty
     * ({@code null}, an empty collection, zero, false).
     *
     * @param expectedVersion the version the caller last saw
     * @return a builder
     */
    public static Builder builder(Version expectedVersion) {
        Builder builder = new Builder();
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Starts a builder from this {@link UpdateAgendaSettings}: every part as it is here, for the steps to change some.
     *
     * @return a builder holding this record's parts
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.legacyNoonIsAnyTime = legacyNoonIsAnyTime;
        builder.contractNoticeDays = contractNoticeDays;
        builder.followUpStagnantCards = followUpStagnantCards;
        builder.paymentReminders = paymentReminders;
        builder.periodicCalls = periodicCalls;
        builder.templates = templates;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /**
     * Builds a {@link UpdateAgendaSettings}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private boolean legacyNoonIsAnyTime;
        private int contractNoticeDays;
        private boolean followUpStagnantCards;
        private boolean paymentReminders;
        private List<PeriodicCall> periodicCalls = List.of();
        private List<AgendaTemplate> templates = List.of();
        private Version expectedVersion;

        private Builder() {}

        /**
         * @param value whether 12:00 means "any time that day"
         * @return this builder
         */
        public Builder legacyNoonIsAnyTime(boolean value) {
            this.legacyNoonIsAnyTime = value;
            return this;
        }

        /**
         * @param value days of notice before a contract expires; 0 turns the reminder off
         * @return this builder
         */
        public Builder contractNoticeDays(int value) {
            this.contractNoticeDays = value;
            return this;
        }

        /**
         * @param value whether stagnant cards get a follow-up
         * @return this builder
         */
        public Builder followUpStagnantCards(boolean value) {
            this.followUpStagnantCards = value;
            return this;
        }

        /**
         * @param value whether overdue balances get a reminder
         * @return this builder
         */
        public Builder paymentReminders(boolean value) {
            this.paymentReminders = value;
            return this;
        }

        /**
         * @param values the periodic calls
         * @return this builder
         */
        public Builder periodicCalls(Collection<? extends PeriodicCall> values) {
            this.periodicCalls = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the periodic calls
         * @return this builder
         */
        public Builder periodicCalls(PeriodicCall... values) {
            return periodicCalls(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the templates
         * @return this builder
         */
        public Builder templates(Collection<? extends AgendaTemplate> values) {
            this.templates = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the templates
         * @return this builder
         */
        public Builder templates(AgendaTemplate... values) {
            return templates(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the version the caller last saw
         * @return this builder
         */
        public Builder expectedVersion(Version value) {
            this.expectedVersion = value;
            return this;
        }

        /** @return the {@link UpdateAgendaSettings} of the steps so far, checked as any other when a use case receives it */
        public UpdateAgendaSettings build() {
            return new UpdateAgendaSettings(legacyNoonIsAnyTime, contractNoticeDays, followUpStagnantCards, paymentReminders, periodicCalls, templates, expectedVersion);
        }
    }
}
