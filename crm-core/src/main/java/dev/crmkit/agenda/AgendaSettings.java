package dev.crmkit.agenda;

import dev.crmkit.common.Text;
import dev.crmkit.common.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's agenda settings: the legacy-noon convention, what the agenda rules do, and the templates.
 *
 * @param legacyNoonIsAnyTime whether a time of exactly 12:00 means "any time that day" (on by default)
 * @param contractNoticeDays how many days before a contract's last valid day a reminder is due; 0 turns it off
 * @param followUpStagnantCards whether a card that became stagnant gets a follow-up entry
 * @param paymentReminders whether overdue balances the host reports get a reminder
 * @param periodicCalls the periodic calls to accounts
 * @param templates the predefined entries
 * @param version the stored version ({@link Version#UNSAVED} until first changed)
 */
public record AgendaSettings(
        boolean legacyNoonIsAnyTime,
        int contractNoticeDays,
        boolean followUpStagnantCards,
        boolean paymentReminders,
        List<PeriodicCall> periodicCalls,
        List<AgendaTemplate> templates,
        Version version) {

    /** The settings of a tenant that never changed them. */
    public static final AgendaSettings DEFAULT = new AgendaSettings(true, 30, true, true, List.of(), List.of(), Version.UNSAVED);

    /** Copies the lists. */
    public AgendaSettings {
        periodicCalls = List.copyOf(periodicCalls);
        templates = List.copyOf(templates);
        Objects.requireNonNull(version, "version");
    }

    /**
     * The same settings at another version; adapters call it when they store them.
     *
     * @param newVersion the version
     * @return the settings at that version
     */
    public AgendaSettings withVersion(Version newVersion) {
        return new AgendaSettings(legacyNoonIsAnyTime, contractNoticeDays, followUpStagnantCards, paymentReminders,
                periodicCalls, templates, newVersion);
    }

    /**
     * A template by name, case and accents ignored.
     *
     * @param name the name
     * @return the template, if there is one
     */
    public Optional<AgendaTemplate> template(String name) {
        String key = Text.key(name);
        return templates.stream().filter(t -> Text.key(t.name()).equals(key)).findFirst();
    }

    /**
     * Starts a {@link AgendaSettings}; every other part starts empty
     * ({@code null}, an empty collection, zero, false).
     *
     * @return a builder
     */
    public static Builder builder() {
        Builder builder = new Builder();
        return builder;
    }

    /**
     * Starts a builder from this {@link AgendaSettings}: every part as it is here, for the steps to change some.
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
        builder.version = version;
        return builder;
    }

    /**
     * Builds a {@link AgendaSettings}, one named step per part. Collection steps take a collection or values, and
     * replace what an earlier step gave.
     */
    public static final class Builder {

        private boolean legacyNoonIsAnyTime;
        private int contractNoticeDays;
        private boolean followUpStagnantCards;
        private boolean paymentReminders;
        private List<PeriodicCall> periodicCalls = List.of();
        private List<AgendaTemplate> templates = List.of();
        private Version version;

        private Builder() {}

        /**
         * @param value whether a time of exactly 12:00 means "any time that day" (on by default)
         * @return this builder
         */
        public Builder legacyNoonIsAnyTime(boolean value) {
            this.legacyNoonIsAnyTime = value;
            return this;
        }

        /**
         * @param value how many days before a contract's last valid day a reminder is due; 0 turns it off
         * @return this builder
         */
        public Builder contractNoticeDays(int value) {
            this.contractNoticeDays = value;
            return this;
        }

        /**
         * @param value whether a card that became stagnant gets a follow-up entry
         * @return this builder
         */
        public Builder followUpStagnantCards(boolean value) {
            this.followUpStagnantCards = value;
            return this;
        }

        /**
         * @param value whether overdue balances the host reports get a reminder
         * @return this builder
         */
        public Builder paymentReminders(boolean value) {
            this.paymentReminders = value;
            return this;
        }

        /**
         * @param values the periodic calls to accounts
         * @return this builder
         */
        public Builder periodicCalls(Collection<? extends PeriodicCall> values) {
            this.periodicCalls = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the periodic calls to accounts
         * @return this builder
         */
        public Builder periodicCalls(PeriodicCall... values) {
            return periodicCalls(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param values the predefined entries
         * @return this builder
         */
        public Builder templates(Collection<? extends AgendaTemplate> values) {
            this.templates = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
            return this;
        }

        /**
         * @param values the predefined entries
         * @return this builder
         */
        public Builder templates(AgendaTemplate... values) {
            return templates(values == null ? null : Arrays.asList(values));
        }

        /**
         * @param value the stored version ({@link Version#UNSAVED} until first changed)
         * @return this builder
         */
        public Builder version(Version value) {
            this.version = value;
            return this;
        }

        /** @return the {@link AgendaSettings} of the steps so far, checked as any other when a use case receives it */
        public AgendaSettings build() {
            return new AgendaSettings(legacyNoonIsAnyTime, contractNoticeDays, followUpStagnantCards, paymentReminders, periodicCalls, templates, version);
        }
    }
}
