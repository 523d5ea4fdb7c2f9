package dev.crmkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Crm;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.Address;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.PersonKind;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.io.CrmJson;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example host over real HTTP on a random port: every endpoint, the problem details, the {@code @Transactional}
 * order (commit: the host's row, the CRM's change and one event; rollback: none of them), both Flyway histories side by
 * side, the actuator's health and metrics, and the versions a Spring Boot 4.0.7 host runs on. Each test works in a
 * tenant of its own; the subclasses run it on H2 and on PostgreSQL.
 */
abstract class HostContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final CrmJson json = new CrmJson();
    private final JsonMapper tree = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Crm crm;

    private String tenant;

    @BeforeEach
    void aTenantOfItsOwn() throws Exception {
        tenant = "host-" + UUID.randomUUID();
        HttpResponse<String> created = post("/tenants", json.write(new CreateTenant(TenantId.of(tenant), "Host Ltda",
                ZoneId.of("America/Sao_Paulo"), Locale.forLanguageTag("pt-BR"), "Parceiro", UserId.of("ana"), "Ana")), "en");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void givenTheAccountEndpoints_whenAnAccountIsCreatedQueriedAndProfiled_thenTheJsonIsCrmKitsBothWays() throws Exception {
        AccountCreation creation = createAccount("Mercado Bom Preço Ltda");
        AccountId id = creation.account().id();

        Page<?> page = json.read(get("/tenants/" + tenant + "/accounts?text=bom%20preco").body(),
                new com.fasterxml.jackson.core.type.TypeReference<Page<dev.crmkit.account.Account>>() {}.getType());
        AccountProfile profile = json.read(get("/tenants/" + tenant + "/accounts/" + id + "/profile").body(), AccountProfile.class);

        assertThat(creation.account().details().legalName()).isEqualTo("Mercado Bom Preço Ltda");
        assertThat(page.items()).extracting(a -> ((dev.crmkit.account.Account) a).id()).containsExactly(id);
        assertThat(page.total()).isEqualTo(1L);
        assertThat(profile.account().id()).isEqualTo(id);
    }

    @Test
    void givenCrmKitsErrors_whenTheyReachTheWebLayer_thenTheyAreProblemDetailsInTheRequestsLanguage() throws Exception {
        HttpResponse<String> missing = get("/tenants/" + tenant + "/accounts/" + AccountId.newId() + "/profile");
        HttpResponse<String> invalid = post("/tenants/" + tenant + "/accounts",
                "{\"classification\":\"LEAD\",\"details\":{\"personKind\":\"LEGAL\",\"legalName\":\" \"}}", "pt-BR");
        HttpResponse<String> badEnum = post("/tenants/" + tenant + "/accounts", "{\"classification\":\"BOSS\"}", "es");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(problem(missing).get("code").asString()).isEqualTo("not-found");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        JsonNode violations = problem(invalid).get("violations");
        assertThat(violations.valueStream().map(v -> v.get("path").asString())).contains("details.legalName");
        assertThat(problem(invalid).get("detail").asString()).contains("CreateAccount");
        assertThat(badEnum.statusCode()).as(badEnum.body()).isEqualTo(400);
        assertThat(problem(badEnum).get("violations").get(0).get("path").asString()).isEqualTo("classification");
    }

    @Test
    void givenTheBoardEndpoints_whenACardIsCreatedAndMoved_thenTheBoardShowsItInItsNewStage() throws Exception {
        AccountId account = createAccount("Fibra Ltda").account().id();
        Pipeline pipeline = json.read(post("/tenants/" + tenant + "/pipelines", json.write(new CreatePipeline("Vendas", "#1F6FEB",
                List.of(new NewStage("Contato", "#CCCCCC", 0), new NewStage("Proposta", "#FFCC00", 5)), Set.of(),
                PipelineSettings.DEFAULT)), "en").body(), Pipeline.class);
        Card card = json.read(post("/tenants/" + tenant + "/cards", json.write(new CreateCard(pipeline.id(), null, "Fibra 1 Gbps",
                null, Set.of(), Set.of(), UserId.of("ana"), Money.of("4500", "BRL"), null, account)), "en").body(), Card.class);

        Board before = json.read(get("/tenants/" + tenant + "/pipelines/" + pipeline.id() + "/board").body(), Board.class);
        Card moved = json.read(post("/tenants/" + tenant + "/cards/" + card.id() + "/move",
                json.write(new MoveCard(card.id(), pipeline.stages().get(1).id(), null, card.version())), "en").body(), Card.class);
        Board after = json.read(get("/tenants/" + tenant + "/pipelines/" + pipeline.id() + "/board").body(), Board.class);

        assertThat(before.columns().get(0).cards()).extracting(c -> c.id()).containsExactly(card.id());
        assertThat(moved.stageId()).isEqualTo(pipeline.stages().get(1).id());
        assertThat(after.columns().get(0).cards()).isEmpty();
        assertThat(after.columns().get(1).cards()).extracting(c -> c.id()).containsExactly(card.id());
    }

    @Test
    void givenTheAgendaEndpoints_whenATaskIsConcluded_thenItLeavesTheTaskListAndTheXlsxListsIt() throws Exception {
        AccountId account = createAccount("Agenda Ltda").account().id();
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        AgendaEntry entry = json.read(post("/tenants/" + tenant + "/agenda", json.write(new CreateAgendaEntry(account, null, null,
                null, "Ligar para o cliente", new Schedule.AnyTimeOn(today), null, null)), "en").body(), AgendaEntry.class);

        TaskList pending = json.read(get("/tenants/" + tenant + "/agenda/tasks").body(), TaskList.class);
        AgendaConclusion done = json.read(post("/tenants/" + tenant + "/agenda/conclude",
                json.write(new AgendaEntryAt(entry.id(), entry.version())), "en").body(), AgendaConclusion.class);
        TaskList after = json.read(get("/tenants/" + tenant + "/agenda/tasks").body(), TaskList.class);
        HttpResponse<byte[]> xlsx = HTTP.send(request("/tenants/" + tenant + "/statistics/agenda.xlsx?from=" + today.minusDays(1)
                + "&to=" + today.plusDays(1), "pt-BR").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(Stream.of(pending.overdue(), pending.dueToday(), pending.later(), pending.unscheduled()).flatMap(List::stream))
                .extracting(AgendaEntry::id).contains(entry.id());
        assertThat(done.concluded().id()).isEqualTo(entry.id());
        assertThat(done.concluded().concludedAt()).isPresent();
        assertThat(Stream.of(after.overdue(), after.dueToday(), after.later(), after.unscheduled()).flatMap(List::stream))
                .extracting(AgendaEntry::id).doesNotContain(entry.id());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(StatisticsController.XLSX.toString());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).anyMatch(row -> row.stream().anyMatch(cell -> cell != null && "Ligar para o cliente".equals(cell.getRawValue())));
        }
    }

    @Test
    void givenTheTransactionalOrder_whenItCommits_thenTheHostsRowAndTheCrmsChangeAreStoredAndTheEventIsPublishedOnce()
            throws Exception {
        AccountId account = createAccount("Cliente Novo Ltda").account().id();

        HttpResponse<String> placed = post("/tenants/" + tenant + "/orders",
                "{\"accountId\":\"" + account + "\",\"amount\":4500.00,\"refuseAfterWriting\":false}", "en");

        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        assertThat(get("/tenants/" + tenant + "/orders/count").body()).isEqualTo("1");
        assertThat(profile(account).account().classification()).isEqualTo(Classification.CUSTOMER);
        assertThat(crm.relayEvents()).as("nothing left in the outbox").isZero();
        assertThat(classifiedEvents(account)).as("published exactly once").hasSize(1);
    }

    @Test
    void givenTheTransactionalOrder_whenTheHostRefusesItAfterWriting_thenNeitherItsRowNorTheCrmsChangeNorItsEventSurvive()
            throws Exception {
        AccountId account = createAccount("Cliente Desistente Ltda").account().id();

        HttpResponse<String> refused = post("/tenants/" + tenant + "/orders",
                "{\"accountId\":\"" + account + "\",\"amount\":4500.00,\"refuseAfterWriting\":true}", "en");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(get("/tenants/" + tenant + "/orders/count").body()).isEqualTo("0");
        assertThat(profile(account).account().classification()).isEqualTo(Classification.LEAD);
        assertThat(crm.relayEvents()).as("no event was left in the outbox").isZero();
        assertThat(classifiedEvents(account)).isEmpty();
    }

    @Test
    void givenTheHostsOwnFlywayMigrations_whenTheHostStarted_thenBothHistoriesSitSideBySide() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        // Whichever ran second found the other's tables and baselined at 0 below its first migration: only SQL rows count.
        assertThat(jdbc.queryForList("select \"version\" from \"flyway_schema_history\" where \"type\" = 'SQL' and \"success\"",
                String.class)).containsExactly("1");
        assertThat(jdbc.queryForList("select \"version\" from \"crmkit_schema_history\" where \"type\" = 'SQL' and \"success\" "
                + "order by \"installed_rank\"", String.class)).startsWith("1", "2", "3", "4", "5").doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from host_order", Integer.class)).isNotNegative();
    }

    @Test
    void givenTheActuator_whenHealthAndMetricsAreAsked_thenTheOutboxAndTheUseCaseTimersAreThere() throws Exception {
        createAccount("Medido Ltda");

        JsonNode health = tree.readTree(get("/actuator/health").body());
        JsonNode timer = tree.readTree(get("/actuator/metrics/crm.use-case?tag=use.case:accounts.create").body());

        assertThat(health.get("components").get("crmOutbox").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("crmOutbox").get("details").has("backlog")).isTrue();
        assertThat(timer.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void givenASpringBoot407Host_thenTheCrmRunsOnTheHibernateAndFlywayBootManages() {
        assertThat(org.hibernate.Version.getVersionString()).isEqualTo("7.2.19.Final");
        assertThat(org.flywaydb.core.internal.license.VersionPrinter.getVersion()).isEqualTo("11.14.1");
        assertThat(org.springframework.boot.SpringBootVersion.getVersion()).isEqualTo("4.0.7");
    }

    private AccountCreation createAccount(String name) throws Exception {
        HttpResponse<String> response = post("/tenants/" + tenant + "/accounts", json.write(new CreateAccount(Classification.LEAD,
                new AccountDetails(PersonKind.LEGAL, name, null, null, null, List.of(), List.of(), null, null,
                        Address.ofCity("Campinas", "SP", "BR"), null, null, null, false), Set.of())), "pt-BR");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.read(response.body(), AccountCreation.class);
    }

    private AccountProfile profile(AccountId account) throws Exception {
        return json.read(get("/tenants/" + tenant + "/accounts/" + account + "/profile").body(), AccountProfile.class);
    }

    private List<JsonNode> classifiedEvents(AccountId account) throws Exception {
        return tree.readTree(get("/tenants/" + tenant + "/events").body()).valueStream()
                .filter(e -> e.get("type").asString().equals("AccountClassified") && e.get("aggregate").asString().contains(account.toString()))
                .toList();
    }

    private JsonNode problem(HttpResponse<String> response) {
        return tree.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path, "en").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String language) throws IOException, InterruptedException {
        return HTTP.send(request(path, language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-User", "ana")
                .header("Accept-Language", language);
    }
}
