package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tenant-routing check itself, on statements of the shapes the adapter sends and of the shapes it must refuse. */
class TenantRoutingTest {

    @Test
    void givenStatementsThatPinEveryCrmTable_whenChecked_thenTheyPass() {
        List<String> routable = List.of(
                // Hibernate's own, qualified by its aliases
                "select ae1_0.tenant_id,ae1_0.id,ae1_0.version from crm_account ae1_0 where ae1_0.tenant_id=? and ae1_0.id=?"
                        + " for no key update",
                "insert into crm_outbox (aggregate_id,aggregate_type,payload,tenant_id,event_id) values (?,?,?,?,?)",
                "update crm_card set version=?,title=? where tenant_id=? and id=? and version=?",
                "delete from crm_outbox where tenant_id = ? and event_id in (?, ?, ?, ?)",
                // a join and a correlated subquery, pinned through tenant_id equalities
                "select t.*, u.user_id from crm_tenant t left join crm_user u on u.tenant_id = t.tenant_id and u.user_id = ?"
                        + " where t.tenant_id = ?",
                "select a.id from crm_account a where a.tenant_id = ? and exists (select 1 from crm_account_responsible r"
                        + " where r.tenant_id = a.tenant_id and r.account_id = a.id and r.user_id = ?)",
                // each branch of a union pinned on its own, with the same alias
                "select c.id from crm_card c where c.tenant_id = ? and c.stage_id = ? union all"
                        + " select c.id from crm_card c where c.tenant_id = ? and c.stage_id = ?",
                // the relay's read: an uncorrelated subquery with its own unqualified pin
                "select o.payload from crm_outbox o where o.tenant_id = ? and (o.aggregate_type, o.aggregate_id) not in"
                        + " (select h.aggregate_type, h.aggregate_id from crm_outbox h where h.tenant_id = ? and h.attempts > 0)"
                        + " order by o.seq fetch first 256 rows only",
                "select count(*) from crm_card where tenant_id = 'acme' and pipeline_id = ?",
                "select ? = x.tenant_id from crm_catalog_entry x where ? = x.tenant_id",
                // Hibernate's key lookups: a row list whose every row binds the tenant (the values are checked apart)
                "select ue1_0.user_id from crm_user ue1_0 where (ue1_0.tenant_id,ue1_0.user_id) in ((?,?))",
                "select m1_0.user_id from crm_card_member m1_0 where (m1_0.card_id,m1_0.tenant_id) in ((?,?),(?,?),(?,?))",
                // a derived table's tenant_id is its inner table's, for the joins and subqueries outside it
                "select c.id, a.legal_name, (select count(*) from crm_agenda_entry t where t.tenant_id = c.tenant_id"
                        + " and t.card_id = c.id) as open_tasks from unnest(?) s(stage_id) cross join lateral (select c.* from"
                        + " crm_card c where c.tenant_id = ? and c.stage_id = s.stage_id fetch first 21 rows only) c"
                        + " left join crm_account a on a.tenant_id = c.tenant_id and a.id = c.account_id",
                // the relay's read on PostgreSQL: a function of the adapter's, routed by its first argument, the tenant
                "select o.payload, o.attempts from crm_outbox_due(?, ?, ?) o",
                "select * from crm_outbox_due('acme', now(), 256)",
                // an insert's column list right after its table is no function call
                "insert into crm_card_label(tenant_id,card_id,label) values (?,?,?)",
                "select 1",
                "set application_name = 'crm'");

        for (String sql : routable) {
            assertThat(TenantRouting.problem(sql)).as(sql).isNull();
        }
    }

    @Test
    void givenStatementsThatReachEveryShard_whenChecked_thenEachIsNamed() {
        List<String> fanOut = List.of(
                // the cross-tenant relay before it worked per tenant
                "select o1_0.payload from crm_outbox o1_0 order by o1_0.seq fetch first ? rows only",
                "delete from crm_outbox o1_0 where o1_0.event_id in (?,?)",
                // a branch of a union without its pin
                "select c.id from crm_card c where c.tenant_id = ? union all select c.id from crm_card c where c.stage_id = ?",
                // a join on something else than the tenant
                "select a.id from crm_account a join crm_contact c on c.account_id = a.id where a.tenant_id = ?",
                // several tenants at once, a row comparison, or an unqualified column with two tables in scope
                "select a.id from crm_account a where a.tenant_id in (?, ?)",
                "select a.id from crm_account a where a.tenant_id = any(?)",
                "select a.id from crm_account a where (a.tenant_id, a.id) in ((?, ?), (a.tenant_id, ?))",
                "select a.id from crm_account a join crm_contact c on c.tenant_id = a.tenant_id where tenant_id = ?",
                // a subquery that compares with the outer table's id only
                "select a.id from crm_account a where a.tenant_id = ? and exists (select 1 from crm_timeline t"
                        + " where t.account_id = a.id)",
                "insert into crm_outbox values (?, ?, ?)",
                // a function not known to take the tenant first, or one called without a tenant first
                "select * from crm_forget_everything(?)",
                "select o.payload from crm_outbox_due(current_setting(@), ?, ?) o",
                "update crm_card set version = version + 1 where id = ?");

        for (String sql : fanOut) {
            assertThat(TenantRouting.problem(sql)).as(sql).isNotNull();
        }
    }

    @Test
    void givenARecorder_whenStatementsRun_thenItCountsThemAndKeepsOnlyTheUnnamedViolations() {
        String sweep = "select o.tenant_id, count(*) from crm_outbox o group by o.tenant_id";
        TenantRouting recorder = new TenantRouting(Set.of(sweep));

        recorder.record("select 1");
        recorder.record(sweep);
        recorder.record("select u.user_id from crm_user u where u.tenant_id = ?");
        recorder.record("select u.user_id from crm_user u");
        recorder.record("select u.user_id from crm_user u");

        assertThat(recorder.totals()).isEqualTo("5 statements, 4 on crm_ tables, 1 of them the named cross-tenant sweep");
        assertThat(recorder.drain()).singleElement().asString().startsWith("2 x tenant_id not pinned by equality for crm_user u")
                .endsWith("select u.user_id from crm_user u");
        assertThat(recorder.drain()).as("drained").isEmpty();
    }

    @Test
    void givenARowListOfKeys_whenItsRowsBindTwoTenants_thenTheExecutionIsAViolation() {
        String lookup = "select c.id from crm_card c where (c.id,c.tenant_id) in ((?,?),(?,?))";
        TenantRouting recorder = new TenantRouting(Set.of());

        recorder.record(lookup, List.of(java.util.Map.of(1, "id-1", 2, "acme", 3, "id-2", 4, "acme")));
        java.util.Map<Integer, Object> padded = new java.util.HashMap<>(java.util.Map.of(1, "id-1", 2, "acme"));
        padded.put(3, null);
        padded.put(4, null);
        recorder.record(lookup, List.of(padded));
        assertThat(recorder.drain()).as("one tenant, and a padding row that matches nothing").isEmpty();

        recorder.record(lookup, List.of(java.util.Map.of(1, "id-1", 2, "acme", 3, "id-2", 4, "globex")));
        assertThat(recorder.drain()).singleElement().asString().contains("tenant_id bound to several values (acme, globex)");
    }

    @Test
    void givenAJoinOfTwoSeparatelyPinnedTables_whenTheyBindTwoTenants_thenTheExecutionIsAViolation() {
        String join = "select a.id from crm_account a join crm_contact c on c.account_id = a.id"
                + " where a.tenant_id = ? and c.tenant_id = ?";
        TenantRouting recorder = new TenantRouting(Set.of());

        recorder.record(join, List.of(java.util.Map.of(1, "acme", 2, "acme")));
        assertThat(recorder.drain()).isEmpty();

        recorder.record(join, List.of(java.util.Map.of(1, "acme", 2, "globex")));
        assertThat(recorder.drain()).singleElement().asString().contains("tenant_id bound to several values (acme, globex)");
    }

    @Test
    void givenTheFunctionsOfTheMigrations_whenTheirBodiesAreChecked_thenEachTakesTheTenantFirstAndPinsItEverywhere()
            throws IOException, URISyntaxException {
        Pattern function = Pattern.compile("(?is)create\\s+(?:or\\s+replace\\s+)?function\\s+(crm_\\w+)\\s*\\(\\s*(\\w+)"
                + ".*?\\$\\$(.*?)\\$\\$");
        Set<String> found = new HashSet<>();
        Path migrations = Path.of(getClass().getResource("/dev/crmkit/jpa/migration/postgresql").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.sorted().toList()) {
                Matcher matcher = function.matcher(Files.readString(file));
                while (matcher.find()) {
                    String name = matcher.group(1);
                    found.add(name);
                    assertThat(matcher.group(2)).as(name + "'s first parameter").isEqualTo("p_tenant");
                    // the body with its parameters as the driver's would be: the tenant's must pin every crm_ table
                    String body = matcher.group(3).replaceAll("\\bp_\\w+", "?");
                    assertThat(TenantRouting.problem(body)).as(file.getFileName() + ": " + body).isNull();
                    assertThat(body).as(name + " reads crm_ tables").containsPattern("\\bcrm_\\w+");
                }
            }
        }
        assertThat(found).as("the functions the routing check knows").isEqualTo(TenantRouting.TENANT_FUNCTIONS);
    }
}
