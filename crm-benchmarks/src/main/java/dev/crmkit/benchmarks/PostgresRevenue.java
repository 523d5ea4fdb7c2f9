package dev.crmkit.benchmarks;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.PersonKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A tenant in PostgreSQL with revenue to read: one measured customer with {@link #CUSTOMER_ORDERS} orders of one line
 * each (nine in ten invoiced over the last two years, the rest delivered or cancelled), other customers' orders of ten
 * lines each that bring the tenant to {@code orderLines} order lines, and a pipeline of six stages with win
 * probabilities holding {@code orderLines / 50} open valued cards of {@link #SALESPEOPLE} salespeople over a year of
 * expected close dates. The customer and the pipeline are made through the library; orders and cards are inserted by
 * SQL (only their volume matters).
 */
@State(Scope.Benchmark)
public class PostgresRevenue {

    /** The measured customer's orders. */
    static final int CUSTOMER_ORDERS = 10_000;

    /** Salespeople of the forecast's cards (users 1 to 20). */
    static final int SALESPEOPLE = 20;

    /** Order lines the tenant holds over all its customers. */
    @Param({"1000000"})
    public int orderLines;

    Postgres postgres;
    Crm crm;
    DataSource dataSource;
    AccountId customer;
    PipelineId pipeline;

    /** Starts the database and loads the tenant unless an earlier fork did. */
    @Setup(Level.Trial)
    public void start() throws SQLException {
        postgres = Postgres.start("revenue-" + orderLines);
        dataSource = postgres.dataSource();
        crm = postgres.crm();
        String name = "revenue-" + orderLines + "-v1";
        if (!postgres.loaded(name)) {
            load();
            postgres.markLoaded(name);
        }
        CrmSession admin = as(0);
        pipeline = admin.pipelines().list().stream().filter(p -> p.name().equals("Forecast")).findFirst().orElseThrow().id();
        try (Connection c = dataSource.getConnection()) {
            customer = new AccountId((java.util.UUID) Jdbc.rows(c, "select id from crm_account where tenant_id = ?"
                    + " and legal_name = 'Measured customer'", Dataset.tenant(0).value()).get(0)[0]);
        }
    }

    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }

    private void load() throws SQLException {
        crm.tenants().create(new CreateTenant(Dataset.tenant(0), "Revenue tenant", ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", Dataset.user(0), "Admin"));
        CrmSession admin = as(0);
        List<UserId> salespeople = new ArrayList<>();
        for (int i = 1; i <= SALESPEOPLE; i++) {
            admin.users().create(new CreateUser(Dataset.user(i), "Salesperson " + i, null, AccessScope.ALL, false));
            salespeople.add(Dataset.user(i));
        }
        AccountId measured = admin.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Measured customer"), Set.of(Dataset.user(1)))).account().id();
        Pipeline forecast = admin.pipelines().create(CreatePipeline.builder("Forecast", "#1F6FEB")
                .stages(new NewStage("Lead", "#CCCCCC", 0, 5), new NewStage("Qualified", "#CCCCCC", 0, 15),
                        new NewStage("Proposal", "#CCCCCC", 0, 35), new NewStage("Negotiation", "#CCCCCC", 0, 60),
                        new NewStage("Commitment", "#CCCCCC", 0, 85), new NewStage("Parked", "#CCCCCC", 0))
                .users(salespeople).settings(PipelineSettings.DEFAULT).build());
        String tenant = Dataset.tenant(0).value();
        String oneLine = "[{\"item\":{\"description\":\"Service\"},\"quantity\":1,\"unitPrice\":100.00,\"total\":100.00}]";
        String tenLines = "[" + String.join(",", java.util.Collections.nCopies(10,
                "{\"item\":{\"description\":\"Service\"},\"quantity\":1,\"unitPrice\":100.00,\"total\":100.00}")) + "]";
        String insert = "insert into crm_order (tenant_id, id, number, quote_id, quote_revision, account_id, route, currency,"
                + " status, subtotal, lines, steps, placed_at, updated_at, version) select ?, gen_random_uuid(), ? || i,"
                + " gen_random_uuid(), 1, %s, 'SALES', 'BRL', %s, %s, ?, '[]',"
                + " now() - (i %% 730) * interval '1 day' - interval '10 days', now() - (i %% 730) * interval '1 day', 3"
                + " from generate_series(1, ?) i";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(String.format(insert, "?",
                    "case when i % 20 = 0 then 'CANCELLED' when i % 20 = 1 then 'DELIVERED' else 'INVOICED' end",
                    "(100 + i % 900)::numeric"))) {
                s.setString(1, tenant);
                s.setString(2, "M-");
                s.setObject(3, measured.value());
                s.setString(4, oneLine);
                s.setInt(5, CUSTOMER_ORDERS);
                s.executeUpdate();
            }
            // Other customers: a thousand account ids (volume only, never read as accounts).
            try (PreparedStatement s = c.prepareStatement(String.format(insert,
                    "md5('account-' || (i % 1000))::uuid", "case when i % 10 = 0 then 'PLACED' else 'INVOICED' end",
                    "1000.00"))) {
                s.setString(1, tenant);
                s.setString(2, "O-");
                s.setString(3, tenLines);
                s.setInt(4, Math.max(0, (orderLines - CUSTOMER_ORDERS) / 10));
                s.executeUpdate();
            }
            StringBuilder stages = new StringBuilder("array[");
            for (int i = 0; i < forecast.stages().size(); i++) {
                stages.append(i == 0 ? "" : ", ").append("'").append(forecast.stages().get(i).id().value()).append("'::uuid");
            }
            stages.append("]");
            try (PreparedStatement s = c.prepareStatement("insert into crm_card (tenant_id, id, pipeline_id, stage_id,"
                    + " position, name, salesperson_id, value_amount, value_currency, expected_close_date, comments,"
                    + " comment_count, attachments, attachment_count, archived, is_open, created_by, created_at, updated_at,"
                    + " version) select ?, gen_random_uuid(), ?, (" + stages + ")[1 + i % 6], 'p' || lpad(i::text, 9, '0'),"
                    + " 'Card ' || i, 'user-' || (1 + i % " + SALESPEOPLE + "), (100 + i % 9000)::numeric, 'BRL',"
                    + " current_date + (i % 365), '[]', 0, '[]', 0, false, i % 10 <> 0, 'user-0', now(), now(), 1"
                    + " from generate_series(1, ?) i")) {
                s.setString(1, tenant);
                s.setObject(2, forecast.id().value());
                s.setInt(3, orderLines / 50);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("analyze crm_order")) {
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("analyze crm_card")) {
                s.execute();
            }
        }
    }
}
