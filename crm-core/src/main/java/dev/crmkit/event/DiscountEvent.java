package dev.crmkit.event;

import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.FieldChange;
import java.math.BigDecimal;
import java.util.List;

/** Events of the tenant's discount policies and manual-discount limits. */
public sealed interface DiscountEvent extends DomainEvent {

    /** An event of one policy, kept in its history. */
    sealed interface PolicyEvent extends DiscountEvent {

        /** @return the policy */
        DiscountPolicyId policyId();

        /** @return its name at the time */
        String name();
    }

    /**
     * A discount policy was created.
     *
     * @param meta the metadata
     * @param policyId the policy
     * @param name its name
     * @param percent its percentage
     */
    record DiscountPolicyCreated(EventMeta meta, DiscountPolicyId policyId, String name, BigDecimal percent)
            implements PolicyEvent {
        @Override
        public AggregateRef aggregate() {
            return new AggregateRef("discount-policy", policyId.toString());
        }
    }

    /**
     * A discount policy's terms changed (ending it changes its last day).
     *
     * @param meta the metadata
     * @param policyId the policy
     * @param name its name after the change
     * @param changes the changed fields
     */
    record DiscountPolicyUpdated(EventMeta meta, DiscountPolicyId policyId, String name, List<FieldChange> changes)
            implements PolicyEvent {

        /** Copies the changes. */
        public DiscountPolicyUpdated {
            changes = List.copyOf(changes);
        }

        @Override
        public AggregateRef aggregate() {
            return new AggregateRef("discount-policy", policyId.toString());
        }
    }

    /**
     * A discount policy was deleted; quote lines it discounted keep their discount.
     *
     * @param meta the metadata
     * @param policyId the policy
     * @param name its name
     */
    record DiscountPolicyDeleted(EventMeta meta, DiscountPolicyId policyId, String name) implements PolicyEvent {
        @Override
        public AggregateRef aggregate() {
            return new AggregateRef("discount-policy", policyId.toString());
        }
    }

    /**
     * A user's or a team's manual-discount limit was set or removed.
     *
     * @param meta the metadata
     * @param subject {@code user:<id>} or {@code team:<id>}
     * @param percent the limit, or {@code null} when it was removed
     */
    record DiscountLimitSet(EventMeta meta, String subject, BigDecimal percent) implements DiscountEvent {
        @Override
        public AggregateRef aggregate() {
            return new AggregateRef("discount-limit", subject);
        }
    }
}
