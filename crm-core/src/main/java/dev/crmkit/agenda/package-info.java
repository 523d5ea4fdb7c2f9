/**
 * The agenda: entries that record interactions with accounts and
 * contacts, their schedules and recurrence, each user's task list, templates, the agenda rules and the
 * agenda's statistics.
 */
package dev.crmkit.agenda;
