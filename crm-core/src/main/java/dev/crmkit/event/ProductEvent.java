package dev.crmkit.event;

import dev.crmkit.common.FieldChange;
import dev.crmkit.common.ProductId;
import java.util.List;

/** Events of a product or service. */
public sealed interface ProductEvent extends DomainEvent {

    /** @return the product */
    ProductId productId();

    @Override
    default AggregateRef aggregate() {
        return new AggregateRef("product", productId().toString());
    }

    /**
     * A product was created, on its own or by an import.
     *
     * @param meta the metadata
     * @param productId the product
     * @param code its code
     * @param name its name
     */
    record ProductCreated(EventMeta meta, ProductId productId, String code, String name) implements ProductEvent {}

    /**
     * A product's details or active flag changed.
     *
     * @param meta the metadata
     * @param productId the product
     * @param code its code after the change
     * @param changes the changed fields
     */
    record ProductUpdated(EventMeta meta, ProductId productId, String code, List<FieldChange> changes)
            implements ProductEvent {

        /** Copies the changes. */
        public ProductUpdated {
            changes = List.copyOf(changes);
        }
    }
}
