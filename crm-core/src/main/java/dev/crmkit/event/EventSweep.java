package dev.crmkit.event;

/**
 * What one sweep of the outbox did ({@link EventAdministration#sweep()}).
 *
 * @param tenants the tenants with due events the sweep relayed
 * @param delivered the events handed to the publisher and removed from the outbox
 * @param failed the deliveries the publisher refused (each event waits for its next attempt, or was parked)
 * @param parked the parked events of every tenant after the sweep, as the sweep counted them: a figure to
 *     monitor and alert on
 */
public record EventSweep(int tenants, int delivered, int failed, long parked) {}
