package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.DuplicateCandidate;
import dev.crmkit.common.Page;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.AccountTestData;
import dev.crmkit.testkit.CrmKitSupport;
import dev.crmkit.testkit.TestTenant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, account text search ({@code LIKE '%...%'} over the search columns) is served by the pg_trgm GIN
 * index: with 20,000 accounts in the tenant and fresh statistics, the plan of the very statement the adapter sends
 * reads the trigram index instead of scanning the tenant's rows. The similar-name search of a new account binds the
 * name's trigrams as one array, so its statement's text, and the plan the server keeps for it, do not change with the
 * name's length.
 */
class PostgresTrigramIndexTest extends CrmKitSupport {

    private static final StatementCounter COUNTER = new StatementCounter();
    private static final CrmStore STORE = JpaCrmStore.fromDataSource(COUNTER.wrap(Databases.postgres()));

    @Override
    protected CrmStore store() {
        return STORE;
    }

    @Test
    void givenTwentyThousandAccounts_whenSearchedByText_thenThePlanUsesTheTrigramIndex() throws SQLException {
        TestTenant tenant = newTenant();
        load(tenant, 20_000);

        var searched = COUNTER.measure(() -> tenant.admin().accounts().query(AccountQuery.builder().text("a0b9238").build()));

        // md5("1") = c4ca4238a0b923820dcc509a6f75849b: the search finds account 1 (and any other holding it).
        Page<Account> page = searched.value();
        assertThat(page.items()).extracting(a -> a.details().legalName()).contains("Company 1");
        String sql = searched.counts().sql().stream().filter(s -> s.contains("search_text like")).findFirst().orElseThrow();
        String plan = explain(sql, tenant.id().value(), "%a0b9238%");
        assertThat(plan).as(plan).contains("crm_account_text_gin").doesNotContain("Seq Scan on crm_account");
    }

    @Test
    void givenNamesOfDifferentLengths_whenAccountsAreCreated_thenTheSimilarNameSearchIsOneStatementWithTheTrigramsInAnArray() {
        TestTenant tenant = newTenant();
        AccountCreation holder = tenant.admin().accounts().create(AccountTestData.anAccount()
                .named("Padaria Estrela do Norte").build());

        var shorter = COUNTER.measure(() -> tenant.admin().accounts().create(AccountTestData.anAccount()
                .named("Padaria Estrela Norte").build()));
        var longer = COUNTER.measure(() -> tenant.admin().accounts().create(AccountTestData.anAccount()
                .named("Padaria Estrela do Norte e Confeitaria").build()));

        assertThat(shorter.value().similar()).extracting(DuplicateCandidate::accountId).contains(holder.account().id());
        assertThat(longer.value().similar()).extracting(DuplicateCandidate::accountId).contains(holder.account().id());
        String first = similarNameSearch(shorter.counts().sql());
        assertThat(first).contains("trigram = any(?)");
        assertThat(similarNameSearch(longer.counts().sql())).isEqualTo(first);
    }

    private static String similarNameSearch(List<String> sql) {
        return sql.stream().filter(s -> s.contains("from crm_account_name_trigram where")).findFirst().orElseThrow();
    }

    /** 20,000 accounts straight in SQL (the adapter's own inserts are measured elsewhere), then fresh statistics. */
    private static void load(TestTenant tenant, int count) throws SQLException {
        try (Connection connection = Databases.postgres().getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into crm_account (tenant_id, id,"
                    + " classification, person_kind, legal_name, name_key, emails, phones, taxable, credit_terms, supplier,"
                    + " status, search_text, search_digits, created_by, created_at, updated_at, version)"
                    + " select ?, gen_random_uuid(), 'LEAD', 'LEGAL', 'Company ' || g, 'company ' || g, '[]', '[]', true,"
                    + " 'CASH', false, 'ACTIVE', 'company ' || g || chr(10) || md5(g::text), '', 'admin', now(), now(), 1"
                    + " from generate_series(1, ?) g")) {
                insert.setString(1, tenant.id().value());
                insert.setInt(2, count);
                insert.executeUpdate();
            }
            try (Statement vacuum = connection.createStatement()) {
                vacuum.execute("vacuum analyze crm_account");
            }
        }
    }

    /** The plan of the adapter's statement, with the tenant, the pattern and the page's limit bound. */
    private static String explain(String sql, String tenant, String pattern) throws SQLException {
        try (Connection connection = Databases.postgres().getConnection();
                PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            // Bound by the types PostgreSQL inferred: the tenant is the first text, the pattern the next, numbers limits.
            var meta = explain.getParameterMetaData();
            int texts = 0;
            for (int i = 1; i <= meta.getParameterCount(); i++) {
                if (meta.getParameterTypeName(i).startsWith("int")) {
                    explain.setInt(i, 51);
                } else {
                    explain.setString(i, texts++ == 0 ? tenant : pattern);
                }
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        }
    }
}
