package dev.crmkit.agenda;

import dev.crmkit.common.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
}
