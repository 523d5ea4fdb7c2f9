package dev.crmkit.order;

import dev.crmkit.common.OrderId;
import dev.crmkit.common.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The host's report of an order's progress. Reporting the status an order is already in, with the same invoice
 * reference, changes nothing, so a host may send a report again.
 *
 * @param orderId the order
 * @param expectedVersion the version the caller last saw, or {@code null} to act on the current state
 * @param status the status reached
 * @param invoiceReference the host's invoice reference: required for {@link OrderStatus#INVOICED}, refused for any
 *     other status
 */
public record ReportOrderProgress(@NotNull OrderId orderId, Version expectedVersion, @NotNull OrderStatus status,
        @Size(max = 100) String invoiceReference) {

    /**
     * A report on an order as it was read.
     *
     * @param order the order
     * @param status the status reached
     * @return the command, at the order's version
     */
    public static ReportOrderProgress of(Order order, OrderStatus status) {
        return new ReportOrderProgress(order.id(), order.version(), status, null);
    }

    /**
     * The invoicing of an order as it was read.
     *
     * @param order the order
     * @param invoiceReference the host's invoice reference
     * @return the command, at the order's version
     */
    public static ReportOrderProgress invoiced(Order order, String invoiceReference) {
        return new ReportOrderProgress(order.id(), order.version(), OrderStatus.INVOICED, invoiceReference);
    }

    /**
     * A report from the host that did not read the order first (a message from its ERP, say): it acts on the order's
     * current state.
     *
     * @param orderId the order
     * @param status the status reached
     * @param invoiceReference the invoice reference for {@link OrderStatus#INVOICED}, otherwise {@code null}
     * @return the command
     */
    public static ReportOrderProgress unversioned(OrderId orderId, OrderStatus status, String invoiceReference) {
        return new ReportOrderProgress(orderId, null, status, invoiceReference);
    }
}
