package dev.crmkit.order;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountWiring;
import dev.crmkit.account.Classification;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Text;
import dev.crmkit.event.OrderEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.PipelineWiring;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLine;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.QuoteWiring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** {@link Orders} for one actor. */
final class OrderService implements Orders {

    /** Production first, as {@link Orders#convert} returns them. */
    private static final Comparator<Order> BY_ROUTE = Comparator.comparing(Order::route).thenComparing(Order::number);

    private final UseCases useCases;
    private final Caller actor;

    OrderService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public List<Order> convert(ConvertQuote command) {
        return useCases.write(actor, command, context -> {
            Quote quote = context.uow.quotes().findById(Context.required(command.quoteId(), "quoteId"))
                    .orElseThrow(() -> new NotFoundException("quote", "quoteId", command.quoteId()));
            Account account = AccountGuard.ofRecord(context, quote.accountId(), "quote", "quoteId", quote.id());
            if (!quote.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("quote", quote.id(), command.expectedVersion(), quote.version());
            }
            if (quote.status() != QuoteStatus.ACCEPTED) {
                throw new RuleViolationException("order.quote-not-accepted", "quoteId", quote.number(),
                        new Messages.Key("quote-status." + quote.status().name()));
            }
            QuoteRevision revision = quote.revision();
            if (revision.lines().isEmpty()) {
                throw new RuleViolationException("order.quote-empty", "quoteId", quote.number());
            }
            Map<ProductRoute, List<OrderLine>> byRoute = split(context, revision);
            OrderStep placed = new OrderStep(OrderStatus.PLACED, context.now, context.user.id(),
                    context.user.displayName());
            List<Order> orders = new ArrayList<>(byRoute.size());
            for (Map.Entry<ProductRoute, List<OrderLine>> route : byRoute.entrySet()) {
                Order order = Order.place(number(quote, route.getKey()), quote.id(), revision.number(), quote.accountId(),
                        quote.contactId(), quote.cardId(), route.getKey(), quote.currency(), route.getValue(), placed);
                Order stored = context.uow.orders().insert(order);
                context.record(new OrderEvent.OrderPlaced(context.meta(), stored.id(), stored.accountId(),
                        stored.number(), quote.id(), stored.route(), stored.currency(), stored.subtotal()));
                orders.add(stored);
            }
            QuoteWiring.markConverted(context, quote);
            if (quote.cardId() != null) {
                // The card is the quote's own: it is marked whatever pipelines the actor uses.
                context.uow.cards().findById(quote.cardId()).ifPresent(card -> PipelineWiring.markConverted(context, card));
            }
            if (account.classification() == Classification.LEAD || account.classification() == Classification.PROSPECT) {
                AccountWiring.makeCustomer(context, account);
            }
            return List.copyOf(orders);
        });
    }

    /**
     * The revision's lines by route, production first, each keeping the quote's order: a product line goes where its
     * product's route says; a free-text line, or a line whose product is no longer in the catalogue, to the sales
     * office.
     */
    private static Map<ProductRoute, List<OrderLine>> split(Context context, QuoteRevision revision) {
        Set<ProductId> productIds = new HashSet<>();
        for (QuoteLine line : revision.lines()) {
            if (line.item().productId() != null) {
                productIds.add(line.item().productId());
            }
        }
        Map<ProductId, ProductRoute> routes = new HashMap<>();
        if (!productIds.isEmpty()) {
            for (Product product : context.uow.products().findByIds(productIds)) {
                routes.put(product.id(), product.details().route());
            }
        }
        Map<ProductRoute, List<OrderLine>> byRoute = new EnumMap<>(ProductRoute.class);
        for (int i = 0; i < revision.lines().size(); i++) {
            QuoteLine line = revision.lines().get(i);
            ProductId productId = line.item().productId();
            ProductRoute route = productId == null ? ProductRoute.SALES
                    : routes.getOrDefault(productId, ProductRoute.SALES);
            byRoute.computeIfAbsent(route, r -> new ArrayList<>())
                    .add(new OrderLine(line, revision.totals().lineTotals().get(i)));
        }
        return byRoute;
    }

    /** An order's number: its quote's, and its route's letter. */
    private static String number(Quote quote, ProductRoute route) {
        return quote.number() + (route == ProductRoute.PRODUCTION ? "-P" : "-S");
    }

    @Override
    public Order reportProgress(ReportOrderProgress command) {
        Function<Context, Order> body = context -> {
            Order current = context.uow.orders().findById(Context.required(command.orderId(), "orderId"))
                    .orElseThrow(() -> new NotFoundException("order", "orderId", command.orderId()));
            // At most the account's responsibles are read for the scope: a report changes nothing of the account.
            AccountGuard.reachableFromRecord(context, current.accountId(), "order", "orderId", current.id());
            if (command.expectedVersion() != null && !current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("order", current.id(), command.expectedVersion(), current.version());
            }
            OrderStatus to = command.status();
            String reference = Text.trimToNull(command.invoiceReference());
            InvalidCommandException.Builder problems = InvalidCommandException.builder("ReportOrderProgress");
            if (to == OrderStatus.INVOICED && reference == null) {
                problems.add("invoiceReference", "NotBlank");
            } else if (to != OrderStatus.INVOICED && reference != null) {
                problems.add("invoiceReference", "OnlyWhenInvoiced");
            }
            problems.throwIfAny();
            OrderStatus from = current.status();
            if (from == to && Objects.equals(reference, current.invoiceReference())) {
                return current; // the same report again: the host's retry
            }
            if (!from.canMoveTo(to)) {
                throw new RuleViolationException("order.transition", "status", current.number(), word(from), word(to));
            }
            OrderStep step = new OrderStep(to, context.now, context.user.id(), context.user.displayName());
            Order stored = context.uow.orders().update(current.progress(step, reference));
            context.record(new OrderEvent.OrderProgressed(context.meta(), stored.id(), stored.accountId(),
                    stored.number(), from, to, reference));
            return stored;
        };
        return command != null && command.expectedVersion() == null ? useCases.writeDelta(actor, command, body)
                : useCases.write(actor, command, body);
    }

    @Override
    public Order get(OrderId orderId) {
        return useCases.read(actor, context -> reachable(context, orderId));
    }

    @Override
    public List<Order> ofQuote(QuoteId quoteId) {
        return useCases.read(actor, context -> {
            Quote quote = context.uow.quotes().findById(Context.required(quoteId, "quoteId"))
                    .orElseThrow(() -> new NotFoundException("quote", "quoteId", quoteId));
            AccountGuard.reachableFromRecord(context, quote.accountId(), "quote", "quoteId", quoteId);
            return context.uow.orders().findByQuote(quote.id()).stream().sorted(BY_ROUTE).toList();
        });
    }

    @Override
    public List<Order> ofAccount(AccountId accountId, int limit) {
        return useCases.read(actor, context -> {
            if (limit < 1 || limit > MOST_PER_READ) {
                throw InvalidCommandException.single("limit", "Range", 1, MOST_PER_READ);
            }
            AccountGuard.visible(context, accountId, "accountId");
            return context.uow.orders().findByAccount(accountId, limit);
        });
    }

    @Override
    public List<OrderHistoryLine> history(OrderId orderId) {
        return useCases.read(actor, context -> {
            Order order = reachable(context, orderId);
            List<OrderHistoryLine> lines = new ArrayList<>(order.steps().size());
            for (OrderStep step : order.steps()) {
                String status = Messages.format(context.locale, "order-status." + step.status().name());
                String summary = switch (step.status()) {
                    case PLACED -> Messages.format(context.locale, "order-history.PLACED", order.number(), step.byName());
                    case INVOICED -> Messages.format(context.locale, "order-history.INVOICED", order.invoiceReference(),
                            step.byName());
                    default -> Messages.format(context.locale, "order-history.step", status, step.byName());
                };
                lines.add(new OrderHistoryLine(step, status, summary));
            }
            return lines;
        });
    }

    /** An order whose account is in the actor's scope; not found, exactly as an unknown one, otherwise. */
    private static Order reachable(Context context, OrderId id) {
        Order order = context.uow.orders().findById(Context.required(id, "orderId"))
                .orElseThrow(() -> new NotFoundException("order", "orderId", id));
        AccountGuard.reachableFromRecord(context, order.accountId(), "order", "orderId", id);
        return order;
    }

    /** A status in the reader's words. */
    private static Messages.Key word(OrderStatus status) {
        return new Messages.Key("order-status." + status.name());
    }
}
