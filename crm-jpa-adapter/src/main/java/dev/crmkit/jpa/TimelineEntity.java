package dev.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One event on one account's timeline, its payload written by the core's {@code CrmJson}. Append-only. */
@Entity(name = "TimelineEvent")
@Table(name = "crm_timeline")
@IdClass(TimelineEntity.Key.class)
class TimelineEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    @Column(name = "account_id")
    UUID accountId;

    @Id
    @Column(name = "event_id")
    UUID eventId;

    @Column(name = "occurred_at")
    Instant occurredAt;

    String payload;

    @Column(name = "actor_name")
    String actorName;

    /** The names of the time the event mentions, by id, as a JSON object; {@code null} when none. */
    String names;

    TimelineEntity() {}

    TimelineEntity(String tenantId, UUID accountId, UUID eventId, Instant occurredAt, String payload, String actorName,
            String names) {
        this.tenantId = tenantId;
        this.accountId = accountId;
        this.eventId = eventId;
        this.occurredAt = occurredAt;
        this.payload = payload;
        this.actorName = actorName;
        this.names = names;
    }

    /** The primary key: tenant, account, event. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String tenantId;
        UUID accountId;
        UUID eventId;

        Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(accountId, k.accountId)
                    && Objects.equals(eventId, k.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, accountId, eventId);
        }
    }
}
