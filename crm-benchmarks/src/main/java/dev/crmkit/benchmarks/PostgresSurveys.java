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
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A tenant in PostgreSQL with {@code surveys} satisfaction surveys of resolved cases over the last 300 days, inserted
 * by SQL (as the other bulk fillers do): a quarter of the measured team's, the rest another team's, two agents, 80 %
 * answered (CSAT spread over 1 to 5), 60 % with an NPS, service-level outcomes mixed.
 */
@State(Scope.Benchmark)
public class PostgresSurveys {

    /** Surveys the tenant holds. */
    @Param("1000000")
    public int surveys;

    Postgres postgres;
    Crm crm;
    DataSource dataSource;
    CatalogEntryId team;

    /** Starts the database and loads the tenant unless an earlier fork did. */
    @Setup(Level.Trial)
    public void start() throws SQLException {
        postgres = Postgres.start("surveys-" + surveys);
        dataSource = postgres.dataSource();
        crm = postgres.crm();
        String name = "surveys-" + surveys + "-v1";
        if (!postgres.loaded(name)) {
            load();
            postgres.markLoaded(name);
        }
        team = as(0).catalogs().list(CatalogKind.TEAM).stream().filter(e -> e.name().equals("Measured")).findFirst()
                .orElseThrow().id();
    }

    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }

    private void load() throws SQLException {
        crm.tenants().create(new CreateTenant(Dataset.tenant(0), "Surveys tenant", ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", Dataset.user(0), "Admin"));
        CrmSession admin = as(0);
        admin.users().create(new CreateUser(Dataset.user(1), "Agent one", null, AccessScope.ALL, false));
        admin.users().create(new CreateUser(Dataset.user(2), "Agent two", null, AccessScope.ALL, false));
        CatalogEntryId measured = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Measured")).id();
        CatalogEntryId other = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Other")).id();
        AccountId account = admin.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Surveys account"), Set.of(Dataset.user(1)))).account().id();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into crm_case_survey (tenant_id, case_id, account_id,"
                        + " token_hash, issued_at, team_id, assignee_id, first_response_met, resolution_met, csat, nps,"
                        + " answered_at, version) select ?, gen_random_uuid(), ?, md5(i::text) || md5((i + 1)::text),"
                        + " now() - (i % 300) * interval '1 day', case when i % 4 = 0 then ? else ? end, 'user-' || (1 + i % 2),"
                        + " i % 3 <> 0, i % 5 <> 0, case when i % 10 < 8 then 1 + (i * 7) % 5 end,"
                        + " case when i % 10 < 6 then (i * 3) % 11 end, case when i % 10 < 8 then now() end, 1"
                        + " from generate_series(1, ?) i")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setObject(2, account.value());
            s.setObject(3, measured.value());
            s.setObject(4, other.value());
            s.setInt(5, surveys);
            s.executeUpdate();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("analyze crm_case_survey")) {
            s.execute();
        }
    }
}
