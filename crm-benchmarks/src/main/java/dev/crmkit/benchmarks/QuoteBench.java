package dev.crmkit.benchmarks;

import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ProductId;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.Validity;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.QuoteLineInput;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * What the quote benchmarks share: the first account of tenant 1 buying from a price list of its own, with the
 * trial's products priced in it, and the clean-up that puts the tenant back as the trial found it.
 *
 * @param account the account, its price list set
 * @param products the priced products, in order
 * @param quote a quote of every product, three of each
 */
record QuoteBench(Account account, List<ProductId> products, CreateQuote quote) {

    static final Currency BRL = Currency.getInstance("BRL");
    static final BigDecimal QUANTITY = new BigDecimal("3");

    /**
     * Prices {@code lines} new products in a new list and gives the first account of tenant 1 that list.
     *
     * @param db the loaded database
     * @param admin the acting administrator of tenant 1
     * @param run a prefix no earlier trial used (product codes are unique per tenant)
     * @param lines how many products
     * @param route each product's route, by its index
     * @return the account, its products and a quote of them
     */
    static QuoteBench prepare(PostgresAccounts db, CrmSession admin, String run, int lines, IntFunction<ProductRoute> route)
            throws SQLException {
        PriceList list = admin.priceLists().create(new CreatePriceList("Bench " + run, BRL));
        List<ProductId> products = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            ProductId product = admin.products().create(new CreateProduct(ProductDetails.builder(run + "-" + i,
                    "Bench product " + i).unit("un").route(route.apply(i)).build())).id();
            admin.priceLists().setPrice(new SetProductPrice(list.id(), product, new BigDecimal(10 + i + ".95"),
                    Validity.from(LocalDate.of(2020, 1, 1))));
            products.add(product);
        }
        List<Object[]> picked;
        try (Connection c = db.dataSource.getConnection()) {
            picked = Jdbc.rows(c, "select id from crm_account where tenant_id = ? order by id limit 1", Dataset.tenant(1).value());
        }
        Account first = admin.accounts().get(new AccountId((UUID) picked.get(0)[0]));
        CustomerProperties terms = first.details().customer();
        Account account = admin.accounts().update(new UpdateAccount(first.id(), first.details().withCustomer(
                terms.toBuilder().priceListId(list.id()).build()), first.version()));
        CreateQuote quote = CreateQuote.builder(account.id()).currency(BRL)
                .lines(products.stream().map(p -> QuoteLineInput.product(p, QUANTITY)).toList()).build();
        return new QuoteBench(account, List.copyOf(products), quote);
    }

    /**
     * Deletes what tenant 1 gained since the trial started (each statement a {@code delete} taking the tenant and the
     * instant), then the trial's products and their prices, then puts its quote counter back on its last quote. (The
     * trial's price list stays, without prices; the next trial gives the account a new one.)
     *
     * @param db the database
     * @param since when the trial started
     * @param deletes the deletes, orders before their quotes
     */
    static void forget(PostgresAccounts db, Instant since, List<String> deletes) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            for (String sql : deletes) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, Dataset.tenant(1).value());
                    s.setTimestamp(2, Timestamp.from(since));
                    s.executeUpdate();
                }
            }
            // The trial's products and their prices go too: kept, they piled up by fifty a trial (a full run's later
            // forks quoted in a tenant of 7,500 products, planned from the loaded dataset's statistics of a few dozen,
            // and read the products through the index on their codes instead of their keys: 8 ms a quote, not 0.2).
            try (PreparedStatement s = c.prepareStatement("delete from crm_product_price where tenant_id = ? and product_id in"
                    + " (select p.id from crm_product p where p.tenant_id = ? and p.created_at >= ?)")) {
                s.setString(1, Dataset.tenant(1).value());
                s.setString(2, Dataset.tenant(1).value());
                s.setTimestamp(3, Timestamp.from(since));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("delete from crm_product where tenant_id = ? and created_at >= ?")) {
                s.setString(1, Dataset.tenant(1).value());
                s.setTimestamp(2, Timestamp.from(since));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update crm_quote_counter set last_value ="
                    + " coalesce((select max(sequence) from crm_quote where tenant_id = ?), 0) where tenant_id = ?")) {
                s.setString(1, Dataset.tenant(1).value());
                s.setString(2, Dataset.tenant(1).value());
                s.executeUpdate();
            }
        }
    }
}
