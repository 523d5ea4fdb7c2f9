package dev.crmkit.event;

import dev.crmkit.common.EventId;
import dev.crmkit.common.TenantId;
import java.util.List;

/**
 * Host-level control of event delivery, from {@code Crm.events()}: the scheduled sweep, a tenant's backlog, and
 * its parked events. These calls act for no CRM user; their messages are in English.
 *
 * <p>After each commit the library relays the committing tenant's due events itself. When the publisher throws,
 * the event is offered again after a backoff (the {@code Crm}'s retry policy), and the later events of its
 * aggregate wait behind it; other aggregates and other tenants go on. After the policy's last attempt the event is
 * <em>parked</em>: it is no longer offered, and its aggregate's later events wait until the host {@link #retry
 * retries} or {@link #discard discards} it.
 */
public interface EventAdministration {

    /**
     * Relays the due events of every tenant: the one operation that reads across tenants. Call it from your
     * scheduler (every minute, say): it delivers what a crash left between a commit and its relay, offers again the
     * events whose next attempt has come, and, with manual delivery, is the relay itself.
     *
     * @return what the sweep did, with the number of parked events to monitor
     */
    EventSweep sweep();

    /**
     * Relays one tenant's due events now. Events another thread is relaying for the tenant at this moment are left
     * to that thread.
     *
     * @param tenantId the tenant
     * @return how many events this call handed to the publisher
     * @throws dev.crmkit.common.InvalidCommandException naming {@code tenantId} when it is null
     * @throws dev.crmkit.common.NotFoundException naming {@code tenantId} when there is no such tenant
     */
    int relay(TenantId tenantId);

    /**
     * How many of a tenant's events wait, and how many of them are parked.
     *
     * @param tenantId the tenant
     * @return the counts
     * @throws dev.crmkit.common.InvalidCommandException naming {@code tenantId} when it is null
     * @throws dev.crmkit.common.NotFoundException naming {@code tenantId} when there is no such tenant
     */
    EventBacklog backlog(TenantId tenantId);

    /**
     * A tenant's parked events, oldest first.
     *
     * @param tenantId the tenant
     * @param limit the most events to return, from 1 to {@value #MAX_IDS}
     * @return the parked events
     * @throws dev.crmkit.common.InvalidCommandException naming {@code tenantId} or {@code limit}
     * @throws dev.crmkit.common.NotFoundException naming {@code tenantId} when there is no such tenant
     */
    List<ParkedEvent> parked(TenantId tenantId, int limit);

    /**
     * Puts parked events back in line with a fresh retry budget, and relays the tenant (unless delivery is
     * manual). All or nothing: when one id is not a parked event of the tenant, nothing changes.
     *
     * @param tenantId the tenant
     * @param eventIds the parked events, from 1 to {@value #MAX_IDS}
     * @return how many events the relay that followed handed to the publisher (none when that relay failed: the
     *     retry stands, and the next relay or sweep hands them over)
     * @throws dev.crmkit.common.NotFoundException naming {@code eventIds[i]} for an id that is not a parked event
     *     of the tenant
     * @throws dev.crmkit.common.InvalidCommandException naming {@code tenantId} or {@code eventIds}
     */
    int retry(TenantId tenantId, List<EventId> eventIds);

    /**
     * Removes parked events without delivering them; the later events of their aggregates go on. All or nothing:
     * when one id is not a parked event of the tenant, nothing changes. Each discarded event is logged.
     *
     * @param tenantId the tenant
     * @param eventIds the parked events, from 1 to {@value #MAX_IDS}
     * @throws dev.crmkit.common.NotFoundException naming {@code eventIds[i]} for an id that is not a parked event
     *     of the tenant
     * @throws dev.crmkit.common.InvalidCommandException naming {@code tenantId} or {@code eventIds}
     */
    void discard(TenantId tenantId, List<EventId> eventIds);

    /** The most events one call lists, retries or discards. */
    int MAX_IDS = 1000;
}
