package dev.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaRule;
import dev.crmkit.agenda.OverdueBalance;
import dev.crmkit.agenda.RuleRun;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.Money;
import dev.crmkit.common.TenantId;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.event.ParkedEvent;
import dev.crmkit.inmemory.InMemoryCrmStore;
import dev.crmkit.jpa.JpaCrmStore;
import dev.crmkit.report.PipelineStatistics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets are the tagged regions of the examples' sources (less their common indentation), and
 * those regions run.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..");

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    private static final Pattern TAG = Pattern.compile("^\\s*// tag::([\\w-]+)\\[]\\s*$");

    @Test
    void givenTheReadme_whenItsJavaBlocksAreReadThenEachIsATaggedRegionOfTheExamples() throws IOException {
        Map<String, String> regions = regions();
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = JAVA_BLOCK.matcher(readme);
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String snippet = normalized(block.group(1));
            if (!regions.containsValue(snippet)) {
                int line = (int) readme.substring(0, block.start()).lines().count() + 1;
                problems.add("README.md line " + line + ": this java block is no tagged region of crm-examples or"
                        + " crm-examples-spring; nearest region '" + nearest(regions, snippet) + "', lines that differ:\n"
                        + diff(regions.get(nearest(regions, snippet)), snippet));
            }
        }
        assertThat(blocks).as("java blocks in the README").isGreaterThanOrEqualTo(12);
        assertThat(problems).as("README java blocks that no source compiles").isEmpty();
    }

    @Test
    void givenEmbedIn20Lines_whenRun_thenItPrintsTheErrorsCodeAndMessageInTheTenantsLanguage() {
        List<DomainEvent> events = new ArrayList<>();
        String printed = printed(() -> ReadmeSnippets.embed(events::add));

        assertThat(printed).contains("access.admin-required: ").doesNotContain("Optional");
        assertThat(events).isNotEmpty();
    }

    @Test
    void givenTheProductsSnippet_whenRun_thenTheProductIsStoredInactiveAndAnAccountWithoutAPriceListHasNoDefaultPrice() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        var result = ReadmeSnippets.products(crm);

        assertThat(result.getKey().active()).as("deactivated by the edit").isFalse();
        assertThat(result.getValue()).as("the account buys from no price list").isEmpty();
    }

    @Test
    void givenTheQuotesSnippet_whenRun_thenTheQuoteIsPricedFromTheListAndItsRevisionAsSentStaysReadable() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        var result = ReadmeSnippets.quotes(crm);

        assertThat(result.getKey().number()).isEqualTo("Q-000001");
        assertThat(result.getKey().revision().number()).as("the edit of the sent quote").isEqualTo(2);
        assertThat(result.getKey().status().name()).isEqualTo("DRAFT");
        assertThat(result.getKey().revision().totals().total()).isEqualTo(new java.math.BigDecimal("2157.60"));
        assertThat(result.getValue().totals().total()).as("12 x 89.90 + 250 less 50%")
                .isEqualTo(new java.math.BigDecimal("1203.80"));
    }

    @Test
    void givenTheDiscountsSnippet_whenRun_thenTheLineTakesThePolicyAndTheQuoteIsSentOnlyOnceApproved() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        var result = ReadmeSnippets.discounts(crm);

        var waiting = result.getValue();
        assertThat(waiting.revision().lines().get(0).discountPercent()).isEqualByComparingTo("5");
        assertThat(waiting.revision().lines().get(0).policyId()).isNotNull();
        assertThat(waiting.revision().awaitsApproval()).isTrue();
        // 12 x 79.90 = 958.80, less 5% = 910.86; the quote's 12% of it is 109.3032, half-even 109.30.
        assertThat(waiting.revision().totals().discount()).isEqualTo(new java.math.BigDecimal("109.30"));
        assertThat(waiting.revision().totals().subtotal()).isEqualTo(new java.math.BigDecimal("910.86"));
        assertThat(result.getKey().status().name()).isEqualTo("SENT");
        assertThat(result.getKey().revision().approval().decidedBy().value()).isEqualTo("ana");
    }

    @Test
    void givenTheOrdersSnippet_whenRun_thenTheHostsGatewayHoldsBothOrdersAndTheHistoryEveryStep() {
        java.util.Map<dev.crmkit.common.OrderId, dev.crmkit.order.Order> erp = new java.util.concurrent.ConcurrentHashMap<>();

        var result = ReadmeSnippets.orders(erp);

        assertThat(erp.values()).extracting(o -> o.number()).containsExactlyInAnyOrder("Q-000001-P", "Q-000001-S");
        assertThat(result.getKey().status().name()).isEqualTo("INVOICED");
        assertThat(result.getKey().invoiceReference()).isEqualTo("NF-2026-0042");
        assertThat(result.getValue()).extracting(l -> l.summary()).containsExactly("Pedido Q-000001-P emitido por Ana",
                "aceito, informado por Ana", "entregue, informado por Ana",
                "Faturado com a fatura NF-2026-0042, informado por Ana");
    }

    @Test
    void givenTheRevenueSnippet_whenRun_thenTheInvoicedOrderIsTheRevenueAndTheEstimateAddsTheWeightedCardAndTheQuote() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        var result = ReadmeSnippets.revenue(out);

        java.util.Currency brl = java.util.Currency.getInstance("BRL");
        assertThat(result.getKey().trailingTwelveMonths()).containsExactly(java.util.Map.entry(brl, new java.math.BigDecimal("2400.00")));
        assertThat(result.getValue().lines()).singleElement().satisfies(line -> {
            assertThat(line.runRate()).isEqualTo(new java.math.BigDecimal("200.00"));
            assertThat(line.weightedPipeline()).isEqualTo(new java.math.BigDecimal("1200.00"));
            assertThat(line.openQuotes()).isEqualTo(new java.math.BigDecimal("500.00"));
            assertThat(line.total()).isEqualTo(new java.math.BigDecimal("1900.00"));
        });
        byte[] xlsx = out.toByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as("a workbook is a zip").isEqualTo("PK");
    }

    @Test
    void givenTheCasesSnippet_whenRun_thenTheCustomerSeesTheResolvedCaseWithoutTheInternalNote() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        var result = ReadmeSnippets.cases(crm);

        assertThat(result.getKey().status()).isEqualTo(dev.crmkit.casework.CaseStatus.RESOLVED);
        assertThat(result.getKey().number()).isEqualTo(1L);
        assertThat(result.getKey().comments()).extracting(dev.crmkit.casework.CaseComment::text).containsExactly("Técnico a caminho");
        assertThat(result.getValue()).extracting(dev.crmkit.history.TimelineEntry::type).containsExactly("CaseOpened",
                "CaseStatusChanged", "CaseCommented", "CaseCommented", "CaseStatusChanged");
    }

    @Test
    void givenTheServiceSnippet_whenRun_thenTheInterventionIsReportedTheSurveyAnsweredAndCounted() {
        List<DomainEvent> delivered = new ArrayList<>();
        // The snippet attaches a file: the Crm has a document store.
        Crm crm = Crm.builder().store(new dev.crmkit.inmemory.InMemoryCrmStore())
                .documentStore(new dev.crmkit.inmemory.InMemoryDocumentStore()).eventPublisher(delivered::add).build();
        ReadmeSnippets.createTenant(crm);
        var out = new java.io.ByteArrayOutputStream();

        List<Object> result = ReadmeSnippets.service(crm, delivered, out);

        var done = (dev.crmkit.agenda.AgendaEntry) result.get(0);
        assertThat(done.workReport().orElseThrow().invoice()).contains("NF-2026-0107");
        assertThat(done.workReport().orElseThrow().attachmentIds()).hasSize(1);
        assertThat((List<?>) result.get(1)).singleElement().isEqualTo(done);
        var answered = (dev.crmkit.casework.Survey) result.get(2);
        assertThat(answered.answer().orElseThrow().csat()).isEqualTo(5);
        var stats = (dev.crmkit.casework.SatisfactionStats) result.get(3);
        assertThat(stats.surveys()).isEqualTo(1);
        assertThat(stats.csat().mean()).isEqualTo(5.0);
        assertThat(stats.nps().score()).contains(100.0);
        assertThat((List<?>) result.get(4)).hasSize(1);
        assertThat(out.toByteArray()).isNotEmpty();
    }

    @Test
    void givenTheMessagesSnippet_whenRun_thenTheRedeliveredMessageIsStoredOnceFoundIgnoringAccentsAndArchived() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        List<Object> result = ReadmeSnippets.messages(crm);

        var logged = (dev.crmkit.message.Message) result.get(0);
        assertThat(result.get(1)).isEqualTo(logged);
        @SuppressWarnings("unchecked")
        var found = (dev.crmkit.common.Page<dev.crmkit.message.Message>) result.get(2);
        assertThat(found.items()).containsExactly(logged);
        var archived = (dev.crmkit.message.Message) result.get(3);
        assertThat(archived.archived()).isTrue();
        assertThat(archived.id()).isEqualTo(logged.id());
        assertThat(archived.version()).isEqualTo(logged.version().next());
    }

    @Test
    void givenTheCampaignsSnippet_whenRun_thenTheNewsletterReachesTheHostsMailerAndTheVisitIsPlanned() {
        List<dev.crmkit.campaign.CampaignMessage> mailer = new ArrayList<>();

        List<Object> result = ReadmeSnippets.campaigns(mailer);

        assertThat(mailer).hasSize(2).allSatisfy(m -> {
            assertThat(m.recipientName()).isEqualTo("Mercado Sol");
            assertThat(m.emails()).containsExactly("compras@mercadosol.example");
        });
        assertThat(mailer.get(0).member().quoteId()).isNull();
        assertThat(mailer.get(1).campaign().offer().perMember().note()).isEqualTo("Fibra 1 Gbps, instalação por R$ 150");
        var results = (dev.crmkit.campaign.CampaignResults) result.get(0);
        assertThat(results.members().reached()).isEqualTo(1);
        assertThat(results.members().of(dev.crmkit.campaign.MemberStatus.RESPONDED)).isEqualTo(1);
        assertThat(((dev.crmkit.campaign.Campaign) result.get(1)).status()).isEqualTo(dev.crmkit.campaign.CampaignStatus.RUNNING);
        @SuppressWarnings("unchecked")
        var visits = (List<dev.crmkit.campaign.CampaignMember>) result.get(2);
        assertThat(visits).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(dev.crmkit.campaign.MemberStatus.SCHEDULED);
            assertThat(v.agendaEntryId()).isNotNull();
            assertThat(v.plannedOn().getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        });
        @SuppressWarnings("unchecked")
        var offered = (List<dev.crmkit.campaign.CampaignMember>) result.get(3);
        assertThat(offered).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(dev.crmkit.campaign.MemberStatus.TARGETED);
            assertThat(o.quoteId()).isEqualTo(mailer.get(1).member().quoteId()).isNotNull();
        });
    }

    @Test
    void givenTheSlaSnippet_whenRun_thenTheCaseRunsAgainstItsTargetsAndLeadsTheTeamsQueue() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        var result = ReadmeSnippets.sla(crm);

        assertThat(result.getKey().firstResponse().target()).isEqualTo(java.time.Duration.ofMinutes(60));
        assertThat(result.getKey().resolution().target()).isEqualTo(java.time.Duration.ofHours(8));
        assertThat(result.getKey().firstResponse().dueAt()).isNotNull();
        assertThat(result.getValue().items()).extracting(q -> q.serviceCase().id()).containsExactly(result.getKey().caseId());
    }

    @Test
    void givenTheConsentSnippet_whenRun_thenTheOptOutLinkWithdrewTheGrantedConsent() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        var result = ReadmeSnippets.consent(crm);

        assertThat(result.getKey().allowed()).isFalse();
        assertThat(result.getKey().reason()).isEqualTo(dev.crmkit.consent.ContactPermission.Reason.WITHDRAWN);
        assertThat(result.getValue().source()).isEqualTo("opt-out link");
        assertThat(result.getValue().recordedBy()).isNull();
    }

    @Test
    void givenTheSegmentsSnippet_whenRun_thenEachReaderCountsInTheirOwnScope() {
        Crm crm = ReadmeSnippets.embed(new ArrayList<DomainEvent>()::add);

        var result = ReadmeSnippets.segments(crm);

        assertThat(result.getKey()).as("ana's count, rui's count").containsExactly(3L, 1L);
        assertThat(result.getValue().items()).extracting(a -> a.details().legalName())
                .containsExactly("Farmácia Vida", "Mercado Lua", "Padaria Sol");
    }

    @Test
    void givenTheStorySnippets_whenRunInOrder_thenEachDidWhatTheReadmeSays() throws IOException {
        List<DomainEvent> events = new ArrayList<>();
        Crm crm = ReadmeSnippets.embed(events::add);

        AccountProfile profile = ReadmeSnippets.accounts(crm);
        PipelineStatistics figures = ReadmeSnippets.pipelines(crm);
        AgendaConclusion done = ReadmeSnippets.agenda(crm);
        Path export = ReadmeSnippets.statistics(crm);

        assertThat(profile.account().classification().name()).isEqualTo("CUSTOMER");
        assertThat(profile.account().details().website()).isEqualTo("https://bompreco.com.br");
        assertThat(profile.contacts()).hasSize(1);
        assertThat(profile.relationships()).hasSize(1);
        assertThat(profile.timeline().items()).isNotEmpty();
        assertThat(figures.won()).isEqualTo(1);
        assertThat(figures.lost()).isEqualTo(1);
        assertThat(done.nextOccurrence()).isEmpty();
        assertThat(Files.size(export)).isPositive();
    }

    @Test
    void givenAnOverdueBalance_whenTheRulesSnippetRuns_thenItCreatesOnePaymentReminder() {
        InMemoryCrmStore store = new InMemoryCrmStore();
        Crm crm = Crm.builder().store(store).build();
        ReadmeSnippets.createTenant(crm);
        AccountId customer = ReadmeSnippets.accounts(crm).account().id();

        RuleRun run = ReadmeSnippets.rules(store, (tenant, today) -> tenant.equals("acme")
                ? List.of(new OverdueBalance(customer, "NF-1", Money.of("99.90", "BRL"), today.minusDays(3))) : List.of());

        assertThat(run.created().get(AgendaRule.PAYMENT_REMINDER)).isEqualTo(1);
    }

    @Test
    void givenTwoParkedEvents_whenTheEventsSnippetRuns_thenOneIsRetriedAndDeliveredAndTheOtherDiscarded() {
        InMemoryCrmStore store = new InMemoryCrmStore();
        Crm refusing = Crm.builder().store(store).eventPublisher(event -> {
                    throw new IllegalStateException("bus down");
                })
                .eventRetryPolicy(new EventRetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1))).build();
        ReadmeSnippets.createTenant(refusing);
        List<ParkedEvent> parked = refusing.events().parked(TenantId.of("acme"), 100);
        assertThat(parked).hasSizeGreaterThanOrEqualTo(2);
        EventId fixed = parked.get(0).event().meta().eventId();
        EventId poison = parked.get(1).event().meta().eventId();
        List<DomainEvent> sent = new ArrayList<>();
        AtomicLong gauge = new AtomicLong(-1);

        int retried = ReadmeSnippets.events(store, sent::add, (name, value) -> gauge.set(value), fixed, poison);

        assertThat(retried).isEqualTo(1);
        assertThat(gauge.get()).isEqualTo(parked.size());
        assertThat(sent).extracting(e -> e.meta().eventId()).contains(fixed).doesNotContain(poison);
        assertThat(refusing.events().parked(TenantId.of("acme"), 100)).extracting(p -> p.event().meta().eventId())
                .doesNotContain(fixed, poison);
    }

    @Test
    void givenAnH2Pool_whenTheJpaSnippetsRun_thenTheStoreMigratesWorksAndClosesLeavingThePoolOpen() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            assertThat(ReadmeSnippets.jpa(pool, event -> { })).isFalse();
            try (JpaCrmStore store = ReadmeSnippets.hostTransactions(pool, Optional::empty)) {
                Crm crm = Crm.builder().store(store).build();
                ReadmeSnippets.createTenant(crm);
                assertThat(crm.tenants().find(TenantId.of("acme"))).isPresent();
            }
            assertThat(ReadmeSnippets.jpa(pool, event -> { })).isTrue();
            try (var connection = pool.getConnection()) {
                assertThat(connection.isValid(1)).isTrue();
            }
        } finally {
            pool.dispose();
        }
    }

    private static String printed(Runnable snippet) {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            snippet.run();
        } finally {
            System.setOut(console);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        console.print(text);
        return text;
    }

    /** Every tagged region of the examples' sources, less its common indentation. */
    private static Map<String, String> regions() throws IOException {
        Map<String, String> regions = new LinkedHashMap<>();
        for (String module : List.of("crm-examples", "crm-examples-spring")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher tag = TAG.matcher(lines.get(i));
                        if (tag.matches()) {
                            String end = "// end::" + tag.group(1) + "[]";
                            int j = i + 1;
                            while (j < lines.size() && !lines.get(j).trim().equals(end)) {
                                j++;
                            }
                            assertThat(j).as(file + ": " + end).isLessThan(lines.size());
                            regions.put(tag.group(1) + " (" + file.getFileName() + ")",
                                    normalized(String.join("\n", lines.subList(i + 1, j))));
                        }
                    }
                }
            }
        }
        return regions;
    }

    /** The text less its common indentation and trailing blanks. */
    static String normalized(String text) {
        List<String> lines = text.stripTrailing().lines().map(String::stripTrailing).toList();
        int indent = lines.stream().filter(l -> !l.isEmpty()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
                .orElse(0);
        return String.join("\n", lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList());
    }

    private static String nearest(Map<String, String> regions, String snippet) {
        List<String> wanted = snippet.lines().toList();
        return regions.entrySet().stream()
                .max((a, b) -> Long.compare(common(a.getValue(), wanted), common(b.getValue(), wanted)))
                .map(Map.Entry::getKey).orElse("(none)");
    }

    private static long common(String region, List<String> wanted) {
        return region.lines().filter(wanted::contains).count();
    }

    /** The lines only the region has ({@code -}) and only the README has ({@code +}). */
    private static String diff(String region, String snippet) {
        List<String> source = region == null ? List.of() : region.lines().toList();
        List<String> readme = snippet.lines().toList();
        StringBuilder out = new StringBuilder();
        source.stream().filter(l -> !readme.contains(l)).forEach(l -> out.append("  - source: ").append(l).append('\n'));
        readme.stream().filter(l -> !source.contains(l)).forEach(l -> out.append("  + README: ").append(l).append('\n'));
        return out.toString();
    }
}
