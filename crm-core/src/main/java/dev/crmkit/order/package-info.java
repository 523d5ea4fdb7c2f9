/**
 * Orders: what an accepted quote becomes when it is converted. The conversion copies the quote's current revision
 * into one order per route (production or the sales office, from each line's product), marks the quote converted,
 * its card converted and its lead or prospect a customer, all in one unit of work. Orders reach the host's
 * {@code OrderGateway} after the commit through the outbox, and the host reports their progress back. An order is
 * immutable apart from its progress, whose every step is kept with who reported it and when.
 */
package dev.crmkit.order;
