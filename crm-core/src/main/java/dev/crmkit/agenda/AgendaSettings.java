package dev.crmkit.agenda;

import dev.crmkit.common.Text;
import dev.crmkit.common.Version;
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
}
