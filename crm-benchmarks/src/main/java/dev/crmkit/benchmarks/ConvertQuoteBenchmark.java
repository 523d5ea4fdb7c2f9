package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.CrmSession;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.EventMeta;
import dev.crmkit.event.OrderEvent;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.io.CrmJson;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderLine;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.OrderStep;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLine;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Converting an accepted quote of 50 product lines (half made by production, half sold by the sales office) into its
 * two orders on PostgreSQL, the library beside a JDBC baseline doing the same work: the acting user, the quote with
 * its lines, the account (its classification), the 50 products' routes in one read, the two order rows with their
 * lines and first step as JSON documents, the quote converted, the timeline entries and outbox events of the two
 * orders and the quote's change, then their delivery after the commit. The account is a customer already (the first
 * conversion made it one), so neither side changes it. Before each call a fresh accepted quote is made through the
 * library, outside the measure; the quotes, orders and timeline entries are put back after the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConvertQuoteBenchmark {

    private static final int LINES = 50;
    private static final Currency BRL = Currency.getInstance("BRL");

    private final CrmJson json = new CrmJson();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession admin;
    private Instant started;
    private CreateQuote command;
    private Quote accepted;

    /**
     * Sets up 50 priced products of both routes and gives the first account of tenant 1 their price list.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) throws SQLException {
        admin = db.crm.as(Actor.of(Dataset.tenant(1), Dataset.user(0)));
        started = Instant.now();
        command = QuoteBench.prepare(db, admin, "C" + Long.toString(started.toEpochMilli(), 36), LINES,
                i -> i % 2 == 0 ? ProductRoute.PRODUCTION : ProductRoute.SALES).quote();
        // The first conversion makes the account a customer: every measured one then leaves it as it is.
        admin.orders().convert(ConvertQuote.of(accept()));
    }

    /** A fresh accepted quote for the next call, made outside the measure. */
    @Setup(Level.Invocation)
    public void nextQuote() {
        accepted = accept();
    }

    private Quote accept() {
        Quote draft = admin.quotes().create(command);
        Quote sent = admin.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT));
        return admin.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.ACCEPTED));
    }

    /**
     * Deletes the trial's orders, quotes and timeline entries, and puts the tenant's quote counter back.
     *
     * @param db the database
     */
    @TearDown(Level.Trial)
    public void forget(PostgresAccounts db) throws SQLException {
        QuoteBench.forget(db, started, List.of("delete from crm_order where tenant_id = ? and placed_at >= ?",
                "delete from crm_quote where tenant_id = ? and created_at >= ?",
                "delete from crm_timeline where tenant_id = ? and occurred_at >= ?"));
    }

    /**
     * @return the orders
     */
    @Benchmark
    public List<Order> library() {
        return admin.orders().convert(ConvertQuote.of(accepted));
    }

    /**
     * @param db the database
     * @return the orders' ids
     */
    @Benchmark
    public List<UUID> jdbc(PostgresAccounts db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            List<UUID> ids = convert(c, Dataset.tenant(1), Dataset.user(0), accepted.id().value(), accepted.version().value());
            relay.relay(c, Dataset.tenant(1).value());
            return ids;
        }
    }

    /** The same work by hand: reads, the orders, the quote converted, timeline, outbox. */
    private List<UUID> convert(Connection c, TenantId tenant, UserId actor, UUID quoteId, long version)
            throws SQLException {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(c, () -> {
            String actorName = Jdbc.acting(c, tenant, actor).name();
            UUID accountId;
            String number;
            String currency;
            QuoteRevision revision;
            try (PreparedStatement s = c.prepareStatement("select account_id, number, currency, status, version, content"
                    + " from crm_quote where tenant_id = ? and id = ?")) {
                s.setString(1, tenant.value());
                s.setObject(2, quoteId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || !"ACCEPTED".equals(rs.getString(4)) || rs.getLong(5) != version) {
                        throw new IllegalStateException("no accepted quote " + quoteId + " at version " + version);
                    }
                    accountId = (UUID) rs.getObject(1);
                    number = rs.getString(2);
                    currency = rs.getString(3);
                    revision = json.read(rs.getString(6), QuoteRevision.class);
                }
            }
            String classification;
            try (PreparedStatement s = c.prepareStatement("select classification from crm_account where tenant_id = ?"
                    + " and id = ?")) {
                s.setString(1, tenant.value());
                s.setObject(2, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no account " + accountId);
                    }
                    classification = rs.getString(1);
                }
            }
            if (!"CUSTOMER".equals(classification)) {
                throw new IllegalStateException("the trial's first conversion made the account a customer");
            }
            UUID[] productIds = revision.lines().stream().map(l -> l.item().productId().value()).distinct()
                    .toArray(UUID[]::new);
            Map<UUID, ProductRoute> routes = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select id, route from crm_product where tenant_id = ?"
                    + " and id = any (?)")) {
                s.setString(1, tenant.value());
                s.setArray(2, c.createArrayOf("uuid", productIds));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        routes.put((UUID) rs.getObject(1), ProductRoute.valueOf(rs.getString(2)));
                    }
                }
            }
            Map<ProductRoute, List<OrderLine>> byRoute = new EnumMap<>(ProductRoute.class);
            for (int i = 0; i < revision.lines().size(); i++) {
                QuoteLine line = revision.lines().get(i);
                byRoute.computeIfAbsent(routes.getOrDefault(line.item().productId().value(), ProductRoute.SALES),
                        r -> new ArrayList<>()).add(new OrderLine(line, revision.totals().lineTotals().get(i)));
            }
            EventMeta meta = Jdbc.meta(tenant, actor, now);
            String steps = json.write(List.of(new OrderStep(OrderStatus.PLACED, now, actor, actorName)));
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("insert into crm_order (tenant_id, id, number, quote_id,"
                    + " quote_revision, account_id, contact_id, card_id, route, currency, status, subtotal, invoice_reference,"
                    + " lines, steps, placed_at, updated_at, version) values (?, ?, ?, ?, ?, ?, null, null, ?, ?, 'PLACED', ?,"
                    + " null, ?, ?, ?, ?, 1)")) {
                for (Map.Entry<ProductRoute, List<OrderLine>> route : byRoute.entrySet()) {
                    UUID id = OrderId.newId().value();
                    BigDecimal subtotal = route.getValue().stream().map(OrderLine::total)
                            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                    String orderNumber = number + (route.getKey() == ProductRoute.PRODUCTION ? "-P" : "-S");
                    s.setString(1, tenant.value());
                    s.setObject(2, id);
                    s.setString(3, orderNumber);
                    s.setObject(4, quoteId);
                    s.setInt(5, revision.number());
                    s.setObject(6, accountId);
                    s.setString(7, route.getKey().name());
                    s.setString(8, currency);
                    s.setBigDecimal(9, subtotal);
                    s.setString(10, json.write(route.getValue()));
                    s.setString(11, steps);
                    s.setTimestamp(12, Timestamp.from(now));
                    s.setTimestamp(13, Timestamp.from(now));
                    s.addBatch();
                    ids.add(id);
                    OrderEvent.OrderPlaced event = new OrderEvent.OrderPlaced(Jdbc.meta(tenant, actor, now), new OrderId(id),
                            new AccountId(accountId), orderNumber, new QuoteId(quoteId), route.getKey(), BRL, subtotal);
                    String payload = json.writeEvent(event);
                    Jdbc.timeline(c, event, event.accountId(), payload, actorName);
                    Jdbc.outbox(c, event, payload);
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("update crm_quote set status = 'CONVERTED', updated_at = ?,"
                    + " version = version + 1 where tenant_id = ? and id = ? and version = ?")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setString(2, tenant.value());
                s.setObject(3, quoteId);
                s.setLong(4, version);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("the quote changed meanwhile");
                }
            }
            QuoteEvent.QuoteStatusChanged converted = new QuoteEvent.QuoteStatusChanged(meta, new QuoteId(quoteId),
                    new AccountId(accountId), number, QuoteStatus.ACCEPTED, QuoteStatus.CONVERTED);
            String payload = json.writeEvent(converted);
            Jdbc.timeline(c, converted, converted.accountId(), payload, actorName);
            Jdbc.outbox(c, converted, payload);
            return ids;
        });
    }
}
