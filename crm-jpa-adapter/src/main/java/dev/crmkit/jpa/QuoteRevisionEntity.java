package dev.crmkit.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** An earlier revision of a quote, kept readable: its lines and totals as the JSON the quote row held. */
@Entity(name = "QuoteRevision")
@Table(name = "crm_quote_revision")
@IdClass(QuoteRevisionEntity.Key.class)
class QuoteRevisionEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    @Column(name = "quote_id")
    UUID quoteId;

    @Id
    int revision;

    String content;

    QuoteRevisionEntity() {}

    QuoteRevisionEntity(String tenantId, UUID quoteId, int revision, String content) {
        this.tenantId = tenantId;
        this.quoteId = quoteId;
        this.revision = revision;
        this.content = content;
    }

    /** The key: tenant, quote and revision number. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String tenantId;
        UUID quoteId;
        int revision;

        Key() {}

        Key(String tenantId, UUID quoteId, int revision) {
            this.tenantId = tenantId;
            this.quoteId = quoteId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(quoteId, k.quoteId)
                    && revision == k.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, quoteId, revision);
        }
    }
}
