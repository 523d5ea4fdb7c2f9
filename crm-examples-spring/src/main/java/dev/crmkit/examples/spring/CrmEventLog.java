package dev.crmkit.examples.spring;

import dev.crmkit.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CRM's committed events as the host receives them: Spring application events, which the starter publishes after
 * each commit (after the host's, for a call inside its transaction). Kept in memory and listed per tenant, to show
 * what arrived and how often.
 */
@RestController
class CrmEventLog {

    private final List<DomainEvent> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DomainEvent event) {
        received.add(event);
    }

    @GetMapping("/tenants/{tenant}/events")
    List<Received> of(@PathVariable String tenant) {
        return received.stream()
                .filter(e -> e.meta().tenantId().value().equals(tenant))
                .map(e -> new Received(e.getClass().getSimpleName(), e.meta().eventId().toString(), e.aggregate().toString()))
                .toList();
    }

    /**
     * One event received.
     *
     * @param type the event's record name
     * @param eventId its id
     * @param aggregate the aggregate it concerns
     */
    record Received(String type, String eventId, String aggregate) {}
}
