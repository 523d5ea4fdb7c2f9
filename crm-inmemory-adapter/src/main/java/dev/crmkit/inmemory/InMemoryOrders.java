package dev.crmkit.inmemory;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.spi.OrderRepository;
import dev.crmkit.spi.PeriodAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The orders of a partition, by account and by quote; numbers and each quote's route are unique. */
final class InMemoryOrders implements OrderRepository {

    /** Newest placement first, then number, as a database adapter orders them. */
    private static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::placedAt).reversed()
            .thenComparing(Order::number);

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryOrders(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return data.orders.get(id);
    }

    @Override
    public List<Order> findByQuote(QuoteId quoteId) {
        return data.orders.find(data.ordersByQuote, quoteId);
    }

    @Override
    public List<Order> findByAccount(AccountId accountId, int limit) {
        return data.orders.find(data.ordersByAccount, accountId).stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public Order insert(Order order) {
        return uow.insert(data.orders, order::withVersion);
    }

    @Override
    public Order update(Order order) {
        return uow.update(data.orders, "order", order.id(), order.version(), Order::version, order::withVersion);
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        for (Order order : data.orders.find(data.ordersByAccount, accountId)) {
            data.orders.delete(order.id(), journal);
        }
    }

    @Override
    public List<PeriodAmount> invoicedAmounts(AccountId accountId, List<Instant> bounds) {
        Map<List<Object>, BigDecimal> sums = new HashMap<>();
        for (Order order : data.orders.find(data.ordersByAccount, accountId)) {
            if (order.status() != OrderStatus.INVOICED) {
                continue;
            }
            Instant invoiced = order.updatedAt();
            for (int period = 0; period + 1 < bounds.size(); period++) {
                if (!invoiced.isBefore(bounds.get(period)) && invoiced.isBefore(bounds.get(period + 1))) {
                    sums.merge(List.of(period, order.currency()), order.subtotal(), BigDecimal::add);
                    break;
                }
            }
        }
        List<PeriodAmount> amounts = new ArrayList<>();
        sums.forEach((key, amount) -> amounts.add(new PeriodAmount((Integer) key.get(0), (Currency) key.get(1), amount)));
        return amounts;
    }
}
