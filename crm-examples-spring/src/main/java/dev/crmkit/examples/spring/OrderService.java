package dev.crmkit.examples.spring;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.common.AccountId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's own work and a CRM change in one transaction: placing an order stores the host's row and makes the
 * account a customer; both commit, or neither does, and the CRM's event is published once, after the commit.
 */
@Service
class OrderService {

    private final HostOrders orders;
    private final Crm crm;
    private final Clock clock;

    OrderService(HostOrders orders, Crm crm, Clock clock) {
        this.orders = orders;
        this.crm = crm;
        this.clock = clock;
    }

    /**
     * Places an order.
     *
     * @param order what the client asked for; {@code refuseAfterWriting} makes the host refuse it once both writes
     *     are done, to show the rollback
     * @return the stored order
     */
    // tag::transactional[]
    @Transactional
    HostOrder place(String tenant, String user, Locale locale, PlaceOrder order) {
        HostOrder placed = orders.save(new HostOrder(UUID.randomUUID().toString(), tenant, order.accountId(), order.amount(),
                clock.instant()));
        // Inside the host's transaction: the CRM's write and its outbox row join it. A concurrent writer's conflict is
        // not retried by the library here; it reaches this method, and the whole transaction is the host's to retry.
        crm.as(Actor.of(tenant, user).withLocale(locale)).accounts()
                .classify(new ClassifyAccount(AccountId.of(order.accountId()), Classification.CUSTOMER, null));
        if (order.refuseAfterWriting()) {
            throw new OrderRefusedException(order.accountId());     // rolls back the order and the CRM's change
        }
        return placed;                                               // commits both; then the event is published once
    }
    // end::transactional[]

    /**
     * An order a client places.
     *
     * @param accountId the CRM account
     * @param amount the amount
     * @param refuseAfterWriting whether the host refuses it after writing (a failure after both writes)
     */
    record PlaceOrder(String accountId, BigDecimal amount, boolean refuseAfterWriting) {}
}
