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

/** One event in a case's history, its payload written by the core's {@code CrmJson}, with the names of the time. */
@Entity(name = "CaseHistory")
@Table(name = "crm_case_history")
@IdClass(CaseHistoryEntity.Key.class)
class CaseHistoryEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    @Column(name = "case_id")
    UUID caseId;

    @Id
    @Column(name = "event_id")
    UUID eventId;

    @Column(name = "occurred_at")
    Instant occurredAt;

    @Column(name = "actor_name")
    String actorName;

    String payload;

    String names;

    CaseHistoryEntity() {}

    CaseHistoryEntity(String tenantId, UUID caseId, UUID eventId, Instant occurredAt, String actorName, String payload,
            String names) {
        this.tenantId = tenantId;
        this.caseId = caseId;
        this.eventId = eventId;
        this.occurredAt = occurredAt;
        this.actorName = actorName;
        this.payload = payload;
        this.names = names;
    }

    /** The primary key: tenant, case, event. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String tenantId;
        UUID caseId;
        UUID eventId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(caseId, k.caseId)
                    && Objects.equals(eventId, k.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, caseId, eventId);
        }
    }
}
