package dev.crmkit.discount;

import dev.crmkit.common.Changed;
import dev.crmkit.common.Changes;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A discount policy of the tenant: its terms and when it was made. Immutable; edits return a new state. */
public final class DiscountPolicy {

    private final DiscountPolicyId id;
    private final DiscountTerms terms;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Version version;

    private DiscountPolicy(DiscountPolicyId id, DiscountTerms terms, Instant createdAt, Instant updatedAt,
            Version version) {
        this.id = Objects.requireNonNull(id, "id");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A new policy, not stored yet. */
    static DiscountPolicy create(DiscountTerms terms, Instant now) {
        return new DiscountPolicy(DiscountPolicyId.newId(), terms, now, now, Version.UNSAVED);
    }

    /** A stored policy, as an adapter loads it (through {@code StoredRecords}). */
    static DiscountPolicy reconstitute(DiscountPolicyId id, DiscountTerms terms, Instant createdAt, Instant updatedAt,
            Version version) {
        return new DiscountPolicy(id, terms, createdAt, updatedAt, version);
    }

    /** The policy with other terms, and the fields that changed. */
    Changed<DiscountPolicy> update(DiscountTerms newTerms, Instant now) {
        Map<String, String> before = fields(terms);
        Map<String, String> after = fields(newTerms);
        Changes changes = new Changes();
        before.forEach((field, old) -> changes.compare(field, old, after.get(field)));
        if (changes.isEmpty()) {
            return new Changed<>(this, List.of());
        }
        return new Changed<>(new DiscountPolicy(id, newTerms, createdAt, now, version), changes.toList());
    }

    /** The terms as the history shows them, field by field. */
    static Map<String, String> fields(DiscountTerms terms) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", terms.name());
        fields.put("discountScope", describe(terms.scope()));
        fields.put("discountItem", describe(terms.item()));
        fields.put("discountCondition", describe(terms.condition()));
        fields.put("percent", terms.percent().stripTrailingZeros().toPlainString());
        fields.put("validFrom", terms.validity().from().toString());
        fields.put("validUntil", terms.validity().until() == null ? null : terms.validity().until().toString());
        return fields;
    }

    /** A part as its raw history value reads: {@code account:<id>}, {@code group:Fibra}, {@code quantity>=10}... */
    static String describe(Object part) {
        if (part instanceof DiscountScope.Account a) {
            return "account:" + a.accountId();
        } else if (part instanceof DiscountScope.CustomerType t) {
            return "customer-type:" + t.customerTypeId();
        } else if (part instanceof DiscountScope.PriceList l) {
            return "price-list:" + l.priceListId();
        } else if (part instanceof DiscountScope.Everyone) {
            return "everyone";
        } else if (part instanceof DiscountItem.Product p) {
            return "product:" + p.productId();
        } else if (part instanceof DiscountItem.Group g) {
            return "group:" + g.group();
        } else if (part instanceof DiscountItem.All) {
            return "all";
        } else if (part instanceof DiscountCondition.MinimumQuantity q) {
            return "quantity>=" + q.quantity().stripTrailingZeros().toPlainString();
        } else if (part instanceof DiscountCondition.MinimumRevenue r) {
            return "revenue>=" + r.amount().stripTrailingZeros().toPlainString() + " " + r.currency().getCurrencyCode();
        }
        return "none";
    }

    /**
     * This state at another version; adapters call it when they store a change.
     *
     * @param newVersion the version
     * @return the same policy at that version
     */
    public DiscountPolicy withVersion(Version newVersion) {
        return new DiscountPolicy(id, terms, createdAt, updatedAt, newVersion);
    }

    /** @return the id */
    public DiscountPolicyId id() {
        return id;
    }

    /** @return what the policy says */
    public DiscountTerms terms() {
        return terms;
    }

    /** @return when it was created; the earlier of two otherwise equal policies takes precedence */
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
        return o instanceof DiscountPolicy p && id.equals(p.id) && terms.equals(p.terms)
                && createdAt.equals(p.createdAt) && updatedAt.equals(p.updatedAt) && version.equals(p.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "DiscountPolicy[" + id + ", " + terms.name() + ", v" + version + "]";
    }
}
