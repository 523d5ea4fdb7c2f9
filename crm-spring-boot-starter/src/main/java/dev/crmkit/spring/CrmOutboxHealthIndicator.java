package dev.crmkit.spring;

import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The outbox's health, as the actuator's {@code crmOutbox} component: UP with the backlog and the oldest event's age,
 * DOWN when the oldest event has waited longer than {@code crmkit.health.outbox.max-age} (the relay is stuck, or the
 * host's publisher keeps failing).
 */
final class CrmOutboxHealthIndicator extends AbstractHealthIndicator {

    private final OutboxProbe probe;
    private final Duration maxAge;

    CrmOutboxHealthIndicator(OutboxProbe probe, Duration maxAge) {
        super("CRM Kit outbox health check failed");
        this.probe = probe;
        this.maxAge = maxAge;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OutboxProbe.Status status = probe.status();
        builder.status(status.oldestAge().compareTo(maxAge) > 0 ? "DOWN" : "UP")
                .withDetail("backlog", String.valueOf(status.backlog()))
                .withDetail("parked", String.valueOf(status.parked()))
                .withDetail("oldestEventAge", status.oldestAge().toString())
                .withDetail("maxAge", maxAge.toString());
    }
}
