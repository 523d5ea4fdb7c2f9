package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.Version;
import dev.crmkit.order.Order;
import dev.crmkit.spi.OrderRepository;
import dev.crmkit.spi.PeriodAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The orders of a unit of work's tenant: one row each, read by id, by quote and by account. */
final class JpaOrders implements OrderRepository {

    private final JpaUnitOfWork uow;

    JpaOrders(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private OrderEntity row(OrderId id) {
        return uow.find(OrderEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    @Override
    public List<Order> findByQuote(QuoteId quoteId) {
        return uow.watched(() -> uow.em().createQuery(
                        "select o from SalesOrder o where o.tenantId = :tenant and o.quoteId = :quote", OrderEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("quote", quoteId.value())
                .getResultList()).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public List<Order> findByAccount(AccountId accountId, int limit) {
        return rows(accountId, limit).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    private List<OrderEntity> rows(AccountId accountId, int limit) {
        return uow.watched(() -> uow.em().createQuery("select o from SalesOrder o where o.tenantId = :tenant"
                        + " and o.accountId = :account order by o.placedAt desc, o.number", OrderEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public Order insert(Order order) {
        Order stored = order.withVersion(Version.FIRST);
        OrderEntity row = OrderEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Order update(Order order) {
        OrderEntity row = row(order.id());
        if (row == null) {
            throw new NotFoundException("order", "id", order.id());
        }
        boolean unchanged = row.toDomain(uow.json).equals(order);
        return order.withVersion(uow.update(row, "order", order.id(), order.version(), r -> r.version, unchanged,
                r -> r.apply(order, uow.json)));
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        uow.writable();
        rows(accountId, Integer.MAX_VALUE).forEach(uow::remove);
    }

    /**
     * One aggregate over the account's invoiced orders in the whole range (index {@code crm_order_invoiced_ix} covers
     * it), each order's period picked by a CASE over the bounds.
     */
    @Override
    public List<PeriodAmount> invoicedAmounts(AccountId accountId, List<Instant> bounds) {
        if (bounds.size() < 2) {
            throw new IllegalStateException("at least two bounds");
        }
        SqlQuery query = new SqlQuery().append("select p, currency, sum(subtotal) from (select");
        int last = bounds.size() - 2;
        if (last > 0) {
            query.append(" case");
            for (int period = 0; period < last; period++) {
                query.append(" when updated_at < :b" + (period + 1) + " then " + period, "b" + (period + 1),
                        bounds.get(period + 1));
            }
            query.append(" else " + last + " end");
        } else {
            query.append(" 0");
        }
        query.append(" as p, currency, subtotal from crm_order where tenant_id = :tenant", "tenant", uow.tenant)
                .append(" and account_id = :account and status = 'INVOICED'", "account", accountId.value())
                .append(" and updated_at >= :b0", "b0", bounds.get(0))
                .append(" and updated_at < :bn) x group by p, currency", "bn", bounds.get(bounds.size() - 1));
        List<PeriodAmount> amounts = new ArrayList<>();
        for (Object[] row : query.rows(uow, 0)) {
            amounts.add(new PeriodAmount(((Number) row[0]).intValue(), Currency.getInstance((String) row[1]),
                    (BigDecimal) row[2]));
        }
        return amounts;
    }
}
