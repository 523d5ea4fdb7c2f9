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
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.SlaTarget;
import dev.crmkit.casework.UpdateSlaSettings;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A tenant in PostgreSQL with service cases: the measured team's {@link #TEAM_CASES} cases, opened through the library
 * with priorities that have service-level targets, and other teams' cases, inserted by SQL, that bring the tenant to
 * {@code tenantCases}. Those others are only volume the team's queue must not read.
 */
@State(Scope.Benchmark)
public class PostgresCases {

    /** Cases the measured team holds. */
    static final int TEAM_CASES = 2_000;

    /** Cases the tenant holds over all its teams. */
    @Param({"10000", "1000000"})
    public int tenantCases;

    Postgres postgres;
    Crm crm;
    DataSource dataSource;
    CatalogEntryId team;

    /** Starts the database and loads the tenant unless an earlier fork did. */
    @Setup(Level.Trial)
    public void start() throws SQLException {
        postgres = Postgres.start("cases-" + tenantCases);
        dataSource = postgres.dataSource();
        crm = postgres.crm();
        String name = "cases-" + tenantCases + "-v1";
        if (!postgres.loaded(name)) {
            load();
            postgres.markLoaded(name);
        }
        team = as(1).catalogs().list(CatalogKind.TEAM).stream().filter(e -> e.name().equals("Measured")).findFirst()
                .orElseThrow().id();
    }

    CrmSession as(int user) {
        return crm.as(Actor.of(Dataset.tenant(0), Dataset.user(user)));
    }

    private void load() throws SQLException {
        crm.tenants().create(new CreateTenant(Dataset.tenant(0), "Cases tenant", ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", Dataset.user(0), "Admin"));
        CrmSession admin = as(0);
        admin.users().create(new CreateUser(Dataset.user(1), "Agent", null, AccessScope.ALL, false));
        CatalogEntryId measured = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Measured")).id();
        CatalogEntryId other = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Other")).id();
        List<CatalogEntryId> priorities = List.of(
                admin.catalogs().create(new CreateCatalogEntry(CatalogKind.PRIORITY, "Urgent")).id(),
                admin.catalogs().create(new CreateCatalogEntry(CatalogKind.PRIORITY, "High")).id(),
                admin.catalogs().create(new CreateCatalogEntry(CatalogKind.PRIORITY, "Low")).id());
        admin.cases().updateSlaSettings(UpdateSlaSettings.from(admin.cases().slaSettings()).withTargets(List.of(
                new SlaTarget(priorities.get(0), 30, 240), new SlaTarget(priorities.get(1), 120, 960))));
        AccountId account = admin.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Cases account"), Set.of(Dataset.user(1)))).account().id();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < TEAM_CASES; i++) {
            admin.cases().open(new OpenCase(account, CaseDetails.builder("Case " + i, CaseChannel.PHONE)
                    .priorityId(priorities.get(random.nextInt(3))).teamId(measured).build()));
        }
        int others = Math.max(0, tenantCases - TEAM_CASES);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into crm_case (tenant_id, id, number, account_id, subject,"
                        + " channel, team_id, status, opened_by, created_at, updated_at, comments, attachments, version,"
                        + " sla_due_at) select ?, gen_random_uuid(), 1000000000 + i, ?, 'Case ' || i, 'EMAIL', ?, 'NEW',"
                        + " 'user-0', now(), now(), '[]', '[]', 1, now() + (i % 1000) * interval '1 minute'"
                        + " from generate_series(1, ?) i")) {
            s.setString(1, Dataset.tenant(0).value());
            s.setObject(2, account.value());
            s.setObject(3, other.value());
            s.setInt(4, others);
            s.executeUpdate();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("analyze crm_case")) {
            s.execute();
        }
    }
}
