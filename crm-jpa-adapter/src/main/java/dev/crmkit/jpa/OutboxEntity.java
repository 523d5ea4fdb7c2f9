package dev.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A committed event waiting for the relay. Its {@code seq} is assigned by the database (an identity column
 * the adapter never reads back, so the inserts still batch) and orders the relay.
 */
@Entity(name = "OutboxEvent")
@Table(name = "crm_outbox")
@IdClass(OutboxEntity.Key.class)
class OutboxEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    @Column(name = "event_id")
    UUID eventId;

    @Column(insertable = false, updatable = false)
    Long seq;

    @Column(name = "aggregate_type")
    String aggregateType;

    @Column(name = "aggregate_id")
    String aggregateId;

    String payload;

    OutboxEntity() {}

    OutboxEntity(String tenantId, UUID eventId, String aggregateType, String aggregateId, String payload) {
        this.tenantId = tenantId;
        this.eventId = eventId;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.payload = payload;
    }

    /** The row's insert in plain JDBC, bound by {@link #bind} ({@code seq} comes from its identity). */
    static final String INSERT = "insert into crm_outbox (tenant_id, event_id, aggregate_type, aggregate_id, payload)"
            + " values (?, ?, ?, ?, ?)";

    /** Binds the row's columns to {@link #INSERT}. */
    void bind(java.sql.PreparedStatement statement) throws java.sql.SQLException {
        statement.setString(1, tenantId);
        statement.setObject(2, eventId);
        statement.setString(3, aggregateType);
        statement.setString(4, aggregateId);
        statement.setString(5, payload);
    }

    /** The primary key: tenant, event id. */
    static final class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        String tenantId;
        UUID eventId;

        Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(tenantId, k.tenantId)
                    && java.util.Objects.equals(eventId, k.eventId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, eventId);
        }
    }
}
