package dev.crmkit.examples.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The host's own record: an order, in the host's own table, mapped by the host's own JPA. */
@Entity
@Table(name = "host_order")
public class HostOrder {

    @Id
    private String id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    /** For JPA. */
    protected HostOrder() {}

    HostOrder(String id, String tenantId, String accountId, BigDecimal amount, Instant placedAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.accountId = accountId;
        this.amount = amount;
        this.placedAt = placedAt;
    }

    /** @return the order's id */
    public String getId() {
        return id;
    }

    /** @return the tenant that placed it */
    public String getTenantId() {
        return tenantId;
    }

    /** @return the CRM account it is for */
    public String getAccountId() {
        return accountId;
    }

    /** @return its amount */
    public BigDecimal getAmount() {
        return amount;
    }

    /** @return when it was placed */
    public Instant getPlacedAt() {
        return placedAt;
    }
}
