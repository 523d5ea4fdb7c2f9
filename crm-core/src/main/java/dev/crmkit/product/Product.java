package dev.crmkit.product;

import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A product or service the tenant sells. Immutable; edits return a new state. */
public final class Product {

    private final ProductId id;
    private final ProductDetails details;
    private final boolean active;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;

    private Product(ProductId id, ProductDetails details, boolean active, Instant createdAt, Instant updatedAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * A new, active product, not stored yet.
     *
     * @param details its details (validated)
     * @param now the creation instant
     * @return the product, at {@link Version#UNSAVED}
     */
    public static Product create(ProductDetails details, Instant now) {
        return new Product(ProductId.newId(), details, true, now, now, Version.UNSAVED);
    }

    /**
     * A stored product, as an adapter loads it.
     *
     * @param id the id
     * @param details the details
     * @param active whether it may go on new quotes
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the product
     */
    static Product reconstitute(ProductId id, ProductDetails details, boolean active, Instant createdAt,
            Instant updatedAt, Version version) {
        return new Product(id, details, active, createdAt, updatedAt, version);
    }

    /**
     * Replaces the details and the active flag.
     *
     * @param newDetails the details (validated)
     * @param newActive whether it may go on new quotes
     * @param now the instant of the change
     * @return the new state and the changed fields
     */
    Changed<Product> update(ProductDetails newDetails, boolean newActive, Instant now) {
        Map<String, String> after = newDetails.fields();
        Changes changes = new Changes();
        details.fields().forEach((field, old) -> changes.compare(field, old, after.get(field)));
        changes.compare("active", Boolean.toString(active), Boolean.toString(newActive));
        if (changes.isEmpty()) {
            return new Changed<>(this, List.of());
        }
        return new Changed<>(new Product(id, newDetails, newActive, createdAt, now, version), changes.toList());
    }

    /**
     * This state at another version; adapters call it when they store an update.
     *
     * @param newVersion the version
     * @return the same product at that version
     */
    public Product withVersion(Version newVersion) {
        return new Product(id, details, active, createdAt, updatedAt, newVersion);
    }

    /** @return the id */
    public ProductId id() {
        return id;
    }

    /** @return the details */
    public ProductDetails details() {
        return details;
    }

    /** @return whether it may go on new quotes (an inactive product keeps its prices and its past quotes) */
    public boolean active() {
        return active;
    }

    /** @return when it was created */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the stored version */
    public Version version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product p && id.equals(p.id) && details.equals(p.details) && active == p.active
                && createdAt.equals(p.createdAt) && updatedAt.equals(p.updatedAt) && version.equals(p.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Product[" + id + ", " + details.code() + ", v" + version + "]";
    }
}
