package dev.crmkit.internal;

import dev.crmkit.common.CrmException;
import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.EventAdministration;
import dev.crmkit.event.EventBacklog;
import dev.crmkit.event.EventDelivery;
import dev.crmkit.event.EventSweep;
import dev.crmkit.event.ParkedEvent;
import dev.crmkit.spi.EventOutbox;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link EventAdministration} for the host: the sweep, and each tenant's backlog and parked events. */
public final class EventServices implements EventAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(EventServices.class);

    private final UseCases useCases;
    private final EventRelay relay;

    /** The event administration over a relay. */
    public EventServices(UseCases useCases, EventRelay relay) {
        this.useCases = useCases;
        this.relay = relay;
    }

    @Override
    public EventSweep sweep() {
        return relay.sweep();
    }

    @Override
    public int relay(TenantId tenantId) {
        useCases.hostRead(Context.required(tenantId, "tenantId"), uow -> requireTenant(uow, tenantId));
        return relay.relay(tenantId).delivered();
    }

    @Override
    public EventBacklog backlog(TenantId tenantId) {
        Context.required(tenantId, "tenantId");
        return useCases.hostRead(tenantId, uow -> requireTenant(uow, tenantId).outbox().backlog());
    }

    @Override
    public List<ParkedEvent> parked(TenantId tenantId, int limit) {
        Context.required(tenantId, "tenantId");
        if (limit < 1 || limit > MAX_IDS) {
            throw InvalidCommandException.single("limit", "Range", 1, MAX_IDS);
        }
        return useCases.hostRead(tenantId, uow -> requireTenant(uow, tenantId).outbox().parked(limit)).stream()
                .map(entry -> new ParkedEvent(entry.event(), entry.attempts(), entry.parkedAt(),
                        entry.failure() == null ? "" : entry.failure()))
                .toList();
    }

    @Override
    public int retry(TenantId tenantId, List<EventId> eventIds) {
        onParked(tenantId, eventIds, EventOutbox::release);
        if (relay.delivery() != EventDelivery.AFTER_COMMIT) {
            return 0;
        }
        try {
            return relay.relay(tenantId).delivered();
        } catch (CrmException e) {
            // The retry committed: the events are due again, and the next relay or sweep hands them over.
            LOG.warn("Retried events of tenant {} could not be relayed now; they are due for the next relay or sweep",
                    tenantId, e);
            return 0;
        }
    }

    @Override
    public void discard(TenantId tenantId, List<EventId> eventIds) {
        onParked(tenantId, eventIds, EventOutbox::discard);
        LOG.warn("Parked events of tenant {} discarded by the host, never delivered: {}", tenantId, eventIds);
    }

    /** Refuses an unknown tenant as every other call does, rather than answering that it has no events. */
    private static UnitOfWork requireTenant(UnitOfWork uow, TenantId tenantId) {
        if (uow.tenant().find().isEmpty()) {
            throw new NotFoundException("tenant", "tenantId", tenantId.value());
        }
        return uow;
    }

    /** Applies a change to parked events, all or nothing: an id that is not a parked event of the tenant undoes it. */
    private void onParked(TenantId tenantId, List<EventId> eventIds,
            BiFunction<EventOutbox, Collection<EventId>, Set<EventId>> change) {
        Context.required(tenantId, "tenantId");
        Context.required(eventIds, "eventIds");
        if (eventIds.isEmpty() || eventIds.size() > MAX_IDS) {
            throw InvalidCommandException.single("eventIds", "Size", 1, MAX_IDS);
        }
        for (int i = 0; i < eventIds.size(); i++) {
            Context.required(eventIds.get(i), "eventIds[" + i + "]");
        }
        useCases.hostWork(tenantId, TransactionMode.READ_WRITE, uow -> {
            Set<EventId> changed = change.apply(uow.outbox(), eventIds);
            for (int i = 0; i < eventIds.size(); i++) {
                if (!changed.contains(eventIds.get(i))) {
                    throw new NotFoundException("event", "eventIds[" + i + "]", eventIds.get(i));
                }
            }
            return null;
        });
    }
}
