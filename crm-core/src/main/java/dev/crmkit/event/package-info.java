/**
 * Domain events: one for every state change, in a sealed hierarchy a host can switch over exhaustively.
 *
 * <p>Events are handed to the host's {@link dev.crmkit.spi.EventPublisher} only after the unit of work that
 * produced them commits, in order per aggregate, at least once; each carries a stable
 * {@link dev.crmkit.common.EventId} a consumer deduplicates by. {@link dev.crmkit.event.EventAdministration} is the
 * host's control of their delivery: the scheduled sweep, each tenant's backlog, and parked events.
 */
package dev.crmkit.event;
