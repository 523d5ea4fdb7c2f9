package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.io.CrmJson;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteItem;
import dev.crmkit.quote.QuoteLine;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteTotals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
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
 * Creating a quote of 50 product lines at their price-list prices on PostgreSQL, the library beside a JDBC baseline
 * doing the same work: the acting user, the account with its price list and tax flag, the list's currency, the 50
 * products and their prices (one read each), the totals rounded line by line, the tenant's counter advanced, the
 * quote with its lines and totals as one JSON document, the timeline entry, the outbox event, then the event's
 * delivery after the commit. Both sides quote one account of tenant 1 whose price list the trial sets up; the quotes,
 * timeline entries and counter are put back after the trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreateQuoteBenchmark {

    private static final int LINES = 50;
    private static final Currency BRL = Currency.getInstance("BRL");
    private static final BigDecimal QUANTITY = new BigDecimal("3");

    private final CrmJson json = new CrmJson();
    private final JdbcRelay relay = new JdbcRelay();
    private CrmSession admin;
    private Instant started;
    private Account account;
    private List<ProductId> products;
    private CreateQuote command;

    /**
     * Sets up 50 priced products and gives the first account of tenant 1 their price list.
     *
     * @param db the loaded database
     */
    @Setup(Level.Trial)
    public void prepare(PostgresAccounts db) throws SQLException {
        admin = db.crm.as(Actor.of(Dataset.tenant(1), Dataset.user(0)));
        started = Instant.now();
        QuoteBench bench = QuoteBench.prepare(db, admin, "B" + Long.toString(started.toEpochMilli(), 36), LINES,
                i -> ProductRoute.SALES);
        account = bench.account();
        products = bench.products();
        command = bench.quote();
        // The tenant's first quote makes its counter, which the baseline then advances as the library does.
        admin.quotes().create(command);
    }

    /**
     * Deletes the trial's quotes and timeline entries, and puts the tenant's counter back.
     *
     * @param db the database
     */
    @TearDown(Level.Trial)
    public void forget(PostgresAccounts db) throws SQLException {
        QuoteBench.forget(db, started, List.of("delete from crm_quote where tenant_id = ? and created_at >= ?",
                "delete from crm_timeline where tenant_id = ? and occurred_at >= ?"));
    }

    /**
     * @return the quote
     */
    @Benchmark
    public Quote library() {
        return admin.quotes().create(command);
    }

    /**
     * @param db the database
     * @return the quote's id
     */
    @Benchmark
    public UUID jdbc(PostgresAccounts db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            UUID id = create(c, Dataset.tenant(1), Dataset.user(0), account.id().value(), products);
            relay.relay(c, Dataset.tenant(1).value());
            return id;
        }
    }

    /** The same work by hand: reads, totals, counter, quote row, timeline, outbox. */
    private UUID create(Connection c, TenantId tenant, UserId actor, UUID accountId, List<ProductId> productIds)
            throws SQLException {
        Instant now = Jdbc.now();
        return Jdbc.inTransaction(c, () -> {
            String actorName = Jdbc.acting(c, tenant, actor).name();
            UUID listId;
            try (PreparedStatement s = c.prepareStatement("select price_list_id, taxable from crm_account"
                    + " where tenant_id = ? and id = ?")) {
                s.setString(1, tenant.value());
                s.setObject(2, accountId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no such account " + accountId);
                    }
                    listId = (UUID) rs.getObject(1);
                }
            }
            Jdbc.require(c, "price list currency", "select 1 from crm_price_list where tenant_id = ? and id = ?"
                    + " and currency = ?", tenant.value(), listId, BRL.getCurrencyCode());
            UUID[] ids = productIds.stream().map(ProductId::value).toArray(UUID[]::new);
            Map<UUID, String[]> names = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select id, name, unit from crm_product where tenant_id = ?"
                    + " and id = any (?) and active")) {
                s.setString(1, tenant.value());
                s.setArray(2, c.createArrayOf("uuid", ids));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        names.put((UUID) rs.getObject(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Map<UUID, BigDecimal> prices = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select product_id, amount from crm_product_price"
                    + " where tenant_id = ? and price_list_id = ? and product_id = any (?) and valid_from <= ?"
                    + " and (valid_until is null or valid_until >= ?)")) {
                s.setString(1, tenant.value());
                s.setObject(2, listId);
                s.setArray(3, c.createArrayOf("uuid", ids));
                s.setObject(4, today);
                s.setObject(5, today);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        prices.put((UUID) rs.getObject(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_EVEN));
                    }
                }
            }
            // The discount policies that may hold for the account, as the library reads them (the tenant has none).
            try (PreparedStatement s = c.prepareStatement("select id, scope_kind, item_kind, product_id, group_key,"
                    + " condition_kind, min_quantity, percent from crm_discount_policy where tenant_id = ?"
                    + " and valid_from <= ? and (valid_until is null or valid_until >= ?)"
                    + " and (scope_kind = 'EVERYONE' or (scope_kind = 'ACCOUNT' and scope_id = ?)"
                    + " or (scope_kind = 'PRICE_LIST' and scope_id = ?))")) {
                s.setString(1, tenant.value());
                s.setObject(2, today);
                s.setObject(3, today);
                s.setObject(4, accountId);
                s.setObject(5, listId);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalStateException("the baseline applies no discount policy");
                    }
                }
            }
            List<QuoteLine> lines = new ArrayList<>(productIds.size());
            List<BigDecimal> lineTotals = new ArrayList<>(productIds.size());
            BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
            for (ProductId product : productIds) {
                String[] name = names.get(product.value());
                BigDecimal price = prices.get(product.value());
                if (name == null || price == null) {
                    throw new IllegalStateException("no product or price " + product);
                }
                QuoteLine line = new QuoteLine(new QuoteItem(product, name[0], name[1]), QUANTITY, price, BigDecimal.ZERO);
                lines.add(line);
                BigDecimal total = line.total(BRL);
                lineTotals.add(total);
                subtotal = subtotal.add(total);
            }
            // No tax calculator is set (the library's default): taxable or not, the account owes no tax.
            QuoteRevision revision = new QuoteRevision(1, today.plusDays(CreateQuote.DEFAULT_VALID_DAYS), lines,
                    new QuoteTotals(lineTotals, subtotal, List.of(), subtotal));
            long sequence;
            try (PreparedStatement s = c.prepareStatement("update crm_quote_counter set last_value = last_value + 1"
                    + " where tenant_id = ? returning last_value")) {
                s.setString(1, tenant.value());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the trial's set-up quote made the tenant's counter");
                    }
                    sequence = rs.getLong(1);
                }
            }
            UUID id = QuoteId.newId().value();
            String number = String.format("Q-%06d", sequence);
            try (PreparedStatement s = c.prepareStatement("insert into crm_quote (tenant_id, id, sequence, number, account_id,"
                    + " contact_id, card_id, currency, status, revision, valid_until, total, content, created_at, updated_at,"
                    + " version) values (?, ?, ?, ?, ?, null, null, ?, 'DRAFT', 1, ?, ?, ?, ?, ?, 1)")) {
                s.setString(1, tenant.value());
                s.setObject(2, id);
                s.setLong(3, sequence);
                s.setString(4, number);
                s.setObject(5, accountId);
                s.setString(6, BRL.getCurrencyCode());
                s.setObject(7, revision.validUntil());
                s.setBigDecimal(8, subtotal);
                s.setString(9, json.write(revision));
                s.setTimestamp(10, Timestamp.from(now));
                s.setTimestamp(11, Timestamp.from(now));
                s.executeUpdate();
            }
            QuoteEvent.QuoteCreated event = new QuoteEvent.QuoteCreated(Jdbc.meta(tenant, actor, now), new QuoteId(id),
                    new AccountId(accountId), number, BRL, subtotal);
            String payload = json.writeEvent(event);
            Jdbc.timeline(c, event, event.accountId(), payload, actorName);
            Jdbc.outbox(c, event, payload);
            return id;
        });
    }
}
