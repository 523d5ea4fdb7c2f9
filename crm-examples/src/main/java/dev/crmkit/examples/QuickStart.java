package dev.crmkit.examples;

import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignMember;
import dev.crmkit.campaign.CampaignMessage;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignResults;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.CreateCampaign;
import dev.crmkit.campaign.LaunchCampaign;
import dev.crmkit.campaign.MemberOutcome;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.campaign.ReportMemberOutcome;
import dev.crmkit.campaign.VisitPlan;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.spi.MessageSender;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentSubject;
import dev.crmkit.consent.RecordConsent;
import dev.crmkit.message.ArchiveMessage;
import dev.crmkit.message.LogMessage;
import dev.crmkit.message.Message;
import dev.crmkit.message.MessageChannel;
import dev.crmkit.message.MessageDirection;
import dev.crmkit.message.MessageSearch;
import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.access.CrmUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.Address;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.DuplicateCandidate;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.TaxId;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaRule;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.OverdueBalance;
import dev.crmkit.agenda.RuleRun;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.account.AccountSort;
import dev.crmkit.common.SortDirection;
import dev.crmkit.casework.AddCaseComment;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.casework.CaseSla;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.QueuedCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.SlaTarget;
import dev.crmkit.casework.UpdateSlaSettings;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.TenantEvent;
import dev.crmkit.event.UserEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.io.RevenueExport;
import dev.crmkit.io.StatisticsExport;
import dev.crmkit.jpa.JpaCrmStore;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.StageColumn;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.ImportProducts;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductKind;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.Validity;
import dev.crmkit.common.OrderId;
import dev.crmkit.discount.DiscountCondition;
import dev.crmkit.discount.DiscountItem;
import dev.crmkit.discount.DiscountScope;
import dev.crmkit.discount.DiscountTerms;
import dev.crmkit.discount.SetDiscountLimit;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderHistoryLine;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.ReportOrderProgress;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.DecideQuoteDiscount;
import dev.crmkit.quote.QuoteLine;
import dev.crmkit.spi.OrderGateway;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.revenue.EstimateLine;
import dev.crmkit.revenue.ForecastLine;
import dev.crmkit.revenue.RevenueForecast;
import dev.crmkit.report.AgendaStatistics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The quick start host program: an internet provider's billing system embedding CRM Kit on an embedded H2
 * database (a file, through the JPA adapter), printing each step. Run it with
 * {@code ./mvnw -q -pl crm-examples -am compile exec:java}; run it again and it finds what the first run stored.
 */
public final class QuickStart {

    /** Where the quick start keeps its database unless told otherwise: relative to the working directory. */
    public static final Path DEFAULT_DATABASE = Path.of("target", "quickstart", "crm");

    private QuickStart() {}

    /**
     * The billing system's side of the order gateway: it takes each order once, by its id, however often the library
     * offers it (delivery is at least once), and prints what it took.
     */
    static final class ErpOrderDesk implements OrderGateway {

        private final PrintStream out;
        private final Set<OrderId> received = java.util.concurrent.ConcurrentHashMap.newKeySet();

        ErpOrderDesk(PrintStream out) {
            this.out = out;
        }

        @Override
        public void submit(Order order) {
            if (received.add(order.id())) {
                out.println("   ERP received order " + order.number() + " for " + order.route() + ": "
                        + order.lines().size() + " line(s)");
            }
        }

        /** @return the ids of the orders taken so far */
        Set<OrderId> received() {
            return Set.copyOf(received);
        }
    }

    /**
     * The billing system's mail service, the campaigns' message sender: it sends each member's message once, by the
     * member's id, however often the library offers it (delivery is at least once), and prints what it sent.
     */
    static final class MailService implements MessageSender {

        private final PrintStream out;
        private final Set<CampaignMemberId> sent = java.util.concurrent.ConcurrentHashMap.newKeySet();

        MailService(PrintStream out) {
            this.out = out;
        }

        @Override
        public void send(CampaignMessage message) {
            if (sent.add(message.member().id())) {
                out.println("   mail service: '" + message.campaign().name() + "' to " + message.recipientName() + " "
                        + message.emails());
            }
        }

        /** @return how many messages were sent */
        int sent() {
            return sent.size();
        }
    }

    /**
     * Runs the quick start, printing to standard output.
     *
     * @param args optionally, the database file's path without its {@code .mv.db} suffix
     */
    public static void main(String[] args) {
        run(System.out, args.length > 0 ? Path.of(args[0]) : DEFAULT_DATABASE);
    }

    /**
     * Runs the quick start: the whole story on a new database, or, on a database an earlier run filled, what it
     * kept and one more step.
     *
     * @param out where to print each step
     * @param database the H2 database file's path without its {@code .mv.db} suffix
     */
    public static void run(PrintStream out, Path database) {
        // 1. Wire the library: the host's DataSource (pooled), the schema migrated by Flyway, the JPA adapter over
        // it, and a publisher that receives committed events.
        long started = System.nanoTime();
        out.println("Starting: the H2 database " + database + ".mv.db, its schema migrated by Flyway, then Hibernate");
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + database.toAbsolutePath(), "sa", "");
        try {
            JpaCrmStore.migrate(pool);
            out.printf(Locale.ROOT, "   schema ready (%.1f s)%n", (System.nanoTime() - started) / 1e9);
            run(out, database, pool, started);
        } finally {
            pool.dispose();
        }
    }

    private static void run(PrintStream out, Path database, DataSource dataSource, long started) {
        // The billing system's overdue balances, known once the customer exists (step 7).
        AtomicReference<AccountId> debtor = new AtomicReference<>();
        // The billing system's order desk: where each new order goes once its quote's conversion commits.
        ErpOrderDesk erp = new ErpOrderDesk(out);
        // The survey links the host would send: the token each resolution issues arrives in a SurveyIssued event.
        List<String> surveyTokens = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The billing system's mail service: where each newsletter goes once its campaign's launch commits.
        MailService mailer = new MailService(out);
        try (JpaCrmStore store = JpaCrmStore.fromDataSource(dataSource);
                Crm crm = Crm.builder()
                        .store(store)
                        .balanceSource((tenantId, today) -> debtor.get() == null ? List.of()
                                : List.of(new OverdueBalance(debtor.get(), "NF-2026-0042", Money.of("189.90", "BRL"), today.minusDays(12))))
                        .orderGateway(erp)
                        // The files of agenda entries (a work sheet, step 14), beside the database.
                        .documentStore(new dev.crmkit.io.FileSystemDocumentStore(database.resolveSibling(
                                database.getFileName() + "-documents")))
                        .messageSender(mailer)
                        .eventPublisher(event -> {
                            if (event instanceof dev.crmkit.event.SurveyEvent.SurveyIssued issued) {
                                surveyTokens.add(issued.token());
                            }
                            if (event instanceof TenantEvent || event instanceof UserEvent) {
                                out.println("   event: " + event.getClass().getSimpleName() + " " + event.aggregate());
                            }
                        })
                        .build()) {
            out.printf(Locale.ROOT, "   CRM Kit ready (%.1f s)%n", (System.nanoTime() - started) / 1e9);

            if (crm.tenants().find(TenantId.of("fibra-sul")).isPresent()) {
                again(out, database, crm);
                return;
            }
            // 2. The host decides which companies it serves: one tenant, with its first administrator.
            out.println("1. Creating tenant 'fibra-sul' with administrator 'marta' in " + database + ".mv.db");
            crm.tenants().create(CreateTenant.builder(TenantId.of("fibra-sul"), "Fibra Sul Telecom",
                    ZoneId.of("America/Sao_Paulo"), UserId.of("marta")).adminDisplayName("Marta Ribeiro")
                    .defaultLocale(Locale.forLanguageTag("pt-BR")).otherClassificationName("Parceiro").build());
            CrmSession marta = crm.as(Actor.of("fibra-sul", "marta"));

            // 3. The administrator parametrizes the catalogs ("cadastros") and registers the sales team.
            out.println("2. Parametrizing catalogs");
            CatalogEntry north = marta.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Vendas Norte"));
            marta.catalogs().create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, "Fibra empresarial"));
            marta.catalogs().createCharacteristicType(new CreateCharacteristicType(
                    "Porte", CharacteristicValueType.CHOICE, List.of("Pequeno", "Médio", "Grande")));
            marta.catalogs().createRelationshipType(new CreateRelationshipType("matriz de", "filial de", true));
            for (CatalogKind kind : List.of(CatalogKind.TEAM, CatalogKind.INTEREST_AREA, CatalogKind.CHARACTERISTIC_TYPE,
                    CatalogKind.RELATIONSHIP_TYPE)) {
                out.println("   " + kind + ": " + marta.catalogs().list(kind).stream().map(CatalogEntry::name).toList());
            }

            out.println("3. Registering users and their access scope");
            marta.users().create(CreateUser.builder(UserId.of("joao"), "João Lima", AccessScope.TEAM).teamId(north.id()).build());
            marta.users().create(CreateUser.builder(UserId.of("rita"), "Rita Alves", AccessScope.PORTFOLIO).teamId(north.id()).build());
            for (CrmUser user : marta.users().list()) {
                out.println("   " + user.displayName() + " sees " + user.accountAccess());
            }

            // 4. Every call acts for one user; errors say what is wrong, field by field, in the user's language.
            out.println("4. Errors name the field, in the actor's language");
            CrmSession joao = crm.as(Actor.of("fibra-sul", "joao"));
            try {
                joao.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Minha equipe"));
            } catch (AccessDeniedException e) {
                out.println("   joao (pt-BR): " + e.getMessage());
            }
            try {
                marta.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, " "));
            } catch (InvalidCommandException e) {
                out.println("   marta (pt-BR): " + e.getMessage());
                out.println("   same error in English: " + e.getMessage(Locale.ENGLISH));
            }
            // 5. Accounts: the central record. Create, classify, relate, query, read the profile.
            out.println("5. Accounts");
            CatalogEntry size = marta.catalogs().list(CatalogKind.CHARACTERISTIC_TYPE).get(0);
            CatalogEntry parentOf = marta.catalogs().list(CatalogKind.RELATIONSHIP_TYPE).get(0);
            AccountCreation matriz = marta.accounts().create(new CreateAccount(Classification.PROSPECT,
                    AccountDetails.builder(PersonKind.LEGAL, "Mercado Bom Preço Ltda").tradeName("Bom Preço")
                            .taxId(TaxId.of("BR", "11.222.333/0001-81")).mainContactName("Carlos Souza")
                            .emails("compras@bompreco.com.br").phones("+55 11 3333-4444")
                            .address(Address.ofCity("Campinas", "SP", "BR")).build(),
                    Set.of(UserId.of("joao"))));
            out.println("   created " + matriz.account().details().legalName() + " (" + matriz.account().classification() + ")");
            AccountCreation filial = marta.accounts().create(new CreateAccount(Classification.LEAD,
                    AccountDetails.of(PersonKind.LEGAL, "Mercado Bom Preco Filial"), Set.of(UserId.of("rita"))));
            out.println("   created " + filial.account().details().legalName() + "; possible duplicates: "
                    + filial.similar().stream().map(DuplicateCandidate::legalName).toList());
            marta.accounts().setCharacteristic(new SetCharacteristicValue(matriz.account().id(), size.id(), "médio"));
            marta.relationships().create(new CreateRelationship(matriz.account().id(), filial.account().id(), parentOf.id(), "filial"));
            marta.contacts().add(new AddContact(matriz.account().id(), ContactDetails.builder("Carlos Souza")
                    .role("Compras").emails("carlos@bompreco.com.br").phones("+55 11 98888-7777").build()));
            marta.accounts().classify(new ClassifyAccount(matriz.account().id(), Classification.CUSTOMER, null));

            Page<Account> customers = joao.accounts().query(AccountQuery.builder()
                    .classifications(Classification.CUSTOMER).text("bom preço").withTotal().build());
            out.println("   joao's customers matching 'bom preço': " + customers.items().stream()
                    .map(a -> a.details().legalName()).toList() + " (total " + customers.totalCount().getAsLong() + ")");
            CrmSession rita = crm.as(Actor.of("fibra-sul", "rita"));
            out.println("   rita sees " + rita.accounts()
                    .query(AccountQuery.builder().build()).items().stream().map(a -> a.details().legalName()).toList());
            AccountProfile profile = marta.accounts().profile(matriz.account().id());
            out.println("   profile of " + profile.account().details().legalName() + ": " + profile.classificationLabel() + ", "
                    + profile.contacts().size() + " contact, related: " + profile.relationships().stream()
                    .map(r -> r.label() + " " + r.otherAccountName()).toList());
            for (TimelineEntry entry : profile.timeline().items()) {
                out.println("     " + entry.occurredAt() + " " + entry.actor() + ": " + entry.summary());
            }

            // 6. A sales pipeline: stages with stagnation, users, labels; cards worked across the board.
            out.println("6. Pipelines and cards");
            Pipeline vendas = marta.pipelines().create(CreatePipeline.builder("Vendas empresariais", "#1F6FEB")
                    .stages(new NewStage("Contato", "#CCCCCC", 0, 10), new NewStage("Proposta", "#FFCC00", 5, 40),
                            new NewStage("Negociação", "#FF6600", 10, 70))
                    .users(UserId.of("joao")).settings(PipelineSettings.DEFAULT).build());
            LabelId quente = marta.pipelines().addLabel(new AddLabel(vendas.id(), "Quente", "#D73A49")).id();
            Card fibra = joao.cards().create(CreateCard.builder(vendas.id(), "Fibra 1 Gbps para a filial").labels(quente)
                    .members(UserId.of("joao")).salespersonId(UserId.of("joao")).value(Money.of("4500", "BRL"))
                    .accountId(filial.account().id()).build());
            Card tv = joao.cards().create(CreateCard.builder(vendas.id(), "TV corporativa").value(Money.of("800", "BRL")).build());
            fibra = joao.cards().move(new MoveCard(fibra.id(), vendas.stages().get(1).id(), null, fibra.version()));
            joao.cards().addComment(new AddComment(fibra.id(), "Cliente pediu desconto de 5%"));
            joao.cards().markLost(new MarkCardLost(tv.id(), "Sem orçamento este ano", tv.version()));
            Board board = joao.cards().board(vendas.id(), BoardFilter.DEFAULT);
            for (StageColumn column : board.columns()) {
                out.println("   " + column.stage().name() + ": " + column.total() + " card(s) " + column.sums() + " "
                        + column.cards().stream().map(CardSummary::name).toList());
            }
            Board hot = joao.cards().board(vendas.id(), BoardFilter.builder().labels(quente).lost(TriState.NO).build());
            out.println("   hot and not lost: " + hot.columns().stream().flatMap(c -> c.cards().stream()).map(CardSummary::name).toList());
            try {
                rita.cards().board(vendas.id(), BoardFilter.DEFAULT);
            } catch (NotFoundException e) {
                // To whoever does not use it, a pipeline is exactly an unknown one: nothing tells it exists.
                out.println("   rita (not a user of the pipeline): " + e.getMessage());
            }
            joao.cards().convertToCustomer(new CardOutcome(fibra.id(), null));
            out.println("   won: " + marta.accounts().get(filial.account().id()).details().legalName() + " is now "
                    + marta.accounts().get(filial.account().id()).classification());
            // History reads in words, in the reader's language, with the names of the time; the raw ids stay beside them.
            for (HistoryEntry entry : marta.pipelines().cardHistory(fibra.id(), null, 8).items()) {
                out.println("     history: " + entry.actorName() + " " + entry.fieldLabel() + ": "
                        + (entry.oldDisplay() == null ? "-" : entry.oldDisplay()) + " -> "
                        + (entry.newDisplay() == null ? "-" : entry.newDisplay()));
            }

            // 7. The agenda: entries and task lists, the rules the host's scheduler runs, statistics and an export.
            out.println("7. Agenda, rules and statistics");
            CatalogEntry visita = marta.catalogs().create(new CreateCatalogEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visita"));
            LocalDate today = LocalDate.now(crm.clock().withZone(ZoneId.of("America/Sao_Paulo")));
            AgendaEntry visit = joao.agenda().create(CreateAgendaEntry.builder("Apresentar o plano de 1 Gbps")
                    .accountId(matriz.account().id()).typeId(visita.id())
                    .schedule(new Schedule.AtTime(today.plusDays(1).atTime(12, 0))).build());
            out.println("   12:00 means any time that day: " + visit.schedule().orElseThrow().getClass().getSimpleName());
            TaskList tasks = joao.agenda().tasks(UserId.of("joao"));
            out.println("   joao's tasks: " + tasks.overdue().size() + " overdue, " + tasks.dueToday().size() + " today, "
                    + tasks.later().size() + " later");
            debtor.set(matriz.account().id());
            RuleRun run = crm.agendaRules().run(TenantId.of("fibra-sul"), crm.clock().instant());
            RuleRun again = crm.agendaRules().run(TenantId.of("fibra-sul"), crm.clock().instant());
            out.println("   rules: " + run.created().get(AgendaRule.PAYMENT_REMINDER) + " payment reminder created, "
                    + again.totalCreated() + " more on the second run");
            AgendaStatistics statistics = marta.reports().agenda(today, today);
            out.println("   created today: " + statistics.total() + ", by type " + statistics.byType().stream()
                    .map(c -> c.label() + "=" + c.count()).toList());
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            new StatisticsExport(Locale.forLanguageTag("pt-BR")).writeCsv(marta.reports().agendaListing(today, today), csv);
            // The file starts with a byte-order mark (for spreadsheets); the console shows the header without it.
            out.println("   CSV: " + csv.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("").replace("\uFEFF", ""));

            // 8. What the company sells: products brought in from the ERP at once, a price list in reais, and the
            // customer's default price from the list it buys from.
            out.println("8. Products and price lists");
            List<ProductId> imported = marta.products().importProducts(new ImportProducts(List.of(
                    ProductDetails.builder("FIB-1G", "Fibra 1 Gbps").unit("mês").kind(ProductKind.SERVICE).group("Internet").build(),
                    ProductDetails.builder("RT-AX", "Roteador Wi-Fi 6").unit("un").route(ProductRoute.PRODUCTION).build())));
            PriceList atacado = marta.priceLists().create(new CreatePriceList("Atacado", Currency.getInstance("BRL")));
            marta.priceLists().setPrice(new SetProductPrice(atacado.id(), imported.get(0), new BigDecimal("99.905"),
                    Validity.from(today.withDayOfMonth(1))));
            Account customer = marta.accounts().get(matriz.account().id());
            CustomerProperties terms = customer.details().customer();
            marta.accounts().update(new UpdateAccount(customer.id(), customer.details().withCustomer(new CustomerProperties(
                    terms.customerTypeId(), terms.priorityId(), terms.economicActivityId(), atacado.id(), terms.taxable(),
                    terms.status(), terms.salespersonId())), customer.version()));
            out.println("   products: " + joao.products().list(null, false).stream().map(p -> p.details().code()).toList()
                    + ", default price of FIB-1G for " + customer.details().legalName() + ": "
                    + joao.priceLists().defaultPrice(customer.id(), imported.get(0), today).map(ProductPrice::price).orElseThrow());

            // 9. A quote to the customer: the fibre at its list price, the router at a price of joao's, then sent.
            out.println("9. Quotes and orders");
            Quote quote = joao.quotes().create(CreateQuote.builder(customer.id()).validUntil(today.plusDays(15)).lines(
                    QuoteLineInput.product(imported.get(0), new BigDecimal("2")),
                    QuoteLineInput.product(imported.get(1), BigDecimal.ONE).withUnitPrice(new BigDecimal("349.90"))).build());
            Quote sent = joao.quotes().changeStatus(ChangeQuoteStatus.of(quote, QuoteStatus.SENT));
            out.println("   " + sent.number() + " for " + customer.details().legalName() + ": "
                    + sent.revision().lines().size() + " lines, total " + sent.currency() + " "
                    + sent.revision().totals().total() + ", " + sent.status() + " until " + sent.revision().validUntil());

            // The customer accepts; João converts the quote: one order per route (the router is made by production, the
            // fibre is the sales office's), handed to the ERP's order desk after the commit, which reports progress.
            Quote accepted = joao.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.ACCEPTED));
            List<Order> orders = joao.orders().convert(ConvertQuote.of(accepted));
            out.println("   " + accepted.number() + " converted into " + orders.stream()
                    .map(o -> o.number() + " (" + o.route() + ", " + o.currency() + " " + o.subtotal() + ")").toList()
                    + "; the ERP holds " + erp.received().size() + " order(s)");
            Order made = orders.get(0);
            for (OrderStatus step : List.of(OrderStatus.ACCEPTED, OrderStatus.IN_PRODUCTION, OrderStatus.DELIVERED)) {
                made = marta.orders().reportProgress(ReportOrderProgress.of(made, step));
            }
            made = marta.orders().reportProgress(ReportOrderProgress.invoiced(made, "NF-2026-0107"));
            for (OrderHistoryLine line : joao.orders().history(made.id())) {
                out.println("   order history: " + line.summary());
            }

            // 9b. A policy for the customer's orders of five routers or more, and joao's own discount on the whole quote,
            // above his team's limit: the quote waits for marta's approval before it is sent.
            out.println("9b. Discount policies and approvals");
            marta.discounts().create(DiscountTerms.builder("Roteadores 5+", new BigDecimal("8"), today.withDayOfMonth(1))
                    .scope(new DiscountScope.Account(customer.id())).item(new DiscountItem.Product(imported.get(1)))
                    .condition(new DiscountCondition.MinimumQuantity(new BigDecimal("5"))).build());
            marta.discounts().setLimit(SetDiscountLimit.ofTeam(north.id(), new BigDecimal("5")));
            Quote discounted = joao.quotes().create(CreateQuote.builder(customer.id()).discount(new BigDecimal("7")).lines(
                    QuoteLineInput.product(imported.get(1), new BigDecimal("5")).withUnitPrice(new BigDecimal("349.90")))
                    .build());
            QuoteLine routers = discounted.revision().lines().get(0);
            out.println("   " + discounted.number() + ": 5 routers less " + routers.discountPercent() + "% ("
                    + marta.discounts().get(routers.policyId()).terms().name() + "), less the quote's 7% = "
                    + discounted.revision().totals().discount() + ", total " + discounted.revision().totals().total()
                    + ": " + discounted.revision().approval().status());
            try {
                joao.quotes().changeStatus(ChangeQuoteStatus.of(discounted, QuoteStatus.SENT));
            } catch (CrmException e) {
                out.println("   joao (pt-BR): " + e.getMessage());
            }
            Quote approved = marta.quotes().approveDiscount(DecideQuoteDiscount.of(discounted));
            Quote discountedSent = joao.quotes().changeStatus(ChangeQuoteStatus.of(approved, QuoteStatus.SENT));
            out.println("   approved by " + approved.revision().approval().decidedBy() + ": " + discountedSent.number()
                    + " " + discountedSent.status());

            // 9c. Revenue: the invoiced production order is the customer's realised revenue; the estimate adds a new card
            // weighted by its stage's win probability (Negociação: 70%) and the sent quote Q-000002; the forecast of the
            // pipeline goes out as CSV.
            out.println("9c. Revenue");
            joao.cards().create(CreateCard.builder(vendas.id(), "Fibra para a matriz").stageId(vendas.stages().get(2).id())
                    .salespersonId(UserId.of("joao")).value(Money.of("2000", "BRL")).expectedCloseDate(today.plusMonths(1))
                    .accountId(customer.id()).build());
            out.println("   realised in 12 months: " + joao.revenue().ofCustomer(customer.id()).trailingTwelveMonths()
                    + " (the sales office's order is not invoiced yet)");
            for (EstimateLine line : joao.revenue().estimate(customer.id()).lines()) {
                out.println("   estimate " + line.currency() + ": run rate " + line.runRate() + " + pipeline "
                        + line.weightedPipeline() + " + open quotes " + line.openQuotes() + " = " + line.total());
            }
            RevenueForecast forecast = joao.revenue().forecast(vendas.id());
            for (ForecastLine line : forecast.lines()) {
                out.println("   forecast " + line.salespersonName() + " " + line.closeMonth() + ": " + line.amount().currency()
                        + " " + line.amount().weighted() + " of " + line.amount().open() + " open");
            }
            ByteArrayOutputStream forecastCsv = new ByteArrayOutputStream();
            new RevenueExport(Locale.forLanguageTag("pt-BR")).writeCsv(forecast, forecastCsv);
            out.println("   forecast CSV: " + forecastCsv.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("")
                    .replace("\uFEFF", ""));

            // 10. The help desk: João opens a case for the customer and assigns it to Rita, who works on it although the
            // account is outside her portfolio; the customer sees the public answer, not the internal note.
            out.println("10. Service cases");
            CatalogEntryId rede = marta.catalogs().create(new CreateCatalogEntry(CatalogKind.CASE_CATEGORY, "Rede")).id();
            // Marta sets the service levels: a high-priority case is answered within an hour and resolved within a working
            // day, counted in business hours (Monday to Friday, 08:00 to 18:00 in the tenant's zone, by default).
            CatalogEntryId alta = marta.catalogs().create(new CreateCatalogEntry(CatalogKind.PRIORITY, "Alta")).id();
            marta.cases().updateSlaSettings(UpdateSlaSettings.from(marta.cases().slaSettings())
                    .withTargets(List.of(new SlaTarget(alta, 60, 8 * 60))));
            ServiceCase aberto = joao.cases().open(new OpenCase(customer.id(), CaseDetails.builder("Sem sinal na loja",
                    CaseChannel.PHONE).categoryId(rede).priorityId(alta).assigneeId(UserId.of("rita")).build()));
            ServiceCase emAndamento = rita.cases().changeStatus(ChangeCaseStatus.of(aberto, CaseStatus.OPEN));
            rita.cases().comment(AddCaseComment.internalNote(emAndamento.id(), "Torre 3 em manutenção"));
            rita.cases().comment(AddCaseComment.publicComment(emAndamento.id(), "Técnico a caminho"));
            ServiceCase resolvido = rita.cases().changeStatus(ChangeCaseStatus.of(rita.cases().get(emAndamento.id()),
                    CaseStatus.RESOLVED));
            out.println("   case #" + resolvido.number() + " " + resolvido.details().subject() + ": " + resolvido.status()
                    + ", the customer sees " + rita.cases().forCustomer(resolvido.id()).comments().size() + " of "
                    + resolvido.comments().size() + " comments");
            CaseSla sla = rita.cases().sla(resolvido.id());
            out.println("   SLA of case #" + resolvido.number() + ": first response " + sla.firstResponse().state()
                    + ", resolution " + sla.resolution().state());
            ServiceCase lenta = joao.cases().open(new OpenCase(customer.id(), CaseDetails.builder("Internet lenta", CaseChannel.EMAIL)
                    .priorityId(alta).build()));
            Page<QueuedCase> fila = joao.cases().queue(CaseQueue.builder().statuses(CaseStatus.NEW, CaseStatus.OPEN).build());
            out.println("   queue: " + fila.items().stream().map(q -> "#" + q.serviceCase().number() + " "
                    + q.serviceCase().details().subject() + " (first response " + q.sla().firstResponse().state() + ")")
                    .toList());
            List<TimelineEntry> caso = joao.cases().history(resolvido.id());
            out.println("   case history: " + caso.get(caso.size() - 1).summary());
            out.println("   closed cases of " + customer.details().legalName() + ": "
                    + joao.accounts().profile(customer.id()).closedCases().size());

            // 11. Consent: Carlos agreed to the newsletter by e-mail, then follows the opt-out link of one; the host's
            // unsubscribe endpoint hands the token over with no signed-in user.
            out.println("11. Consent");
            ConsentSubject carlos = ConsentSubject.account(customer.id());
            joao.consents().record(RecordConsent.grant(carlos, ConsentChannel.EMAIL, "Contrato assinado"));
            out.println("   newsletter to " + customer.details().legalName() + ": "
                    + joao.consents().check(carlos, ConsentChannel.EMAIL).reason());
            String link = joao.consents().optOutToken(carlos, ConsentChannel.EMAIL);
            crm.optOuts().optOut(link);
            out.println("   after the opt-out link: " + joao.consents().check(carlos, ConsentChannel.EMAIL).reason()
                    + "; visits: " + joao.consents().check(carlos, ConsentChannel.VISIT).reason());

            // 12. A segment: João saves his query of customers and shares it; each reader counts it in their own scope.
            out.println("12. Segments");
            Segment clientes = joao.segments().create(new CreateSegment("Clientes", true, AccountQuery.builder()
                    .classifications(Classification.CUSTOMER).sort(AccountSort.NAME, SortDirection.ASC).pageSize(10).build()));
            out.println("   segment '" + clientes.name() + "' (shared): joao counts " + joao.segments().count(clientes.id())
                    + ", rita counts " + rita.segments().count(clientes.id()) + ", preview "
                    + joao.segments().preview(clientes.id(), null).items().stream().map(a -> a.details().legalName()).toList());

            // 13. Messages: the host's mail gateway hands over Carlos's e-mail twice (a re-delivery); it is stored once,
            // found by a search that ignores accents, then archived.
            out.println("13. Messages");
            LogMessage mail = LogMessage.builder(customer.id(), MessageDirection.INBOUND, MessageChannel.EMAIL)
                    .subject("Renovação do contrato").body("Podemos renovar por mais 12 meses?")
                    .occurredAt(Instant.parse("2026-03-02T10:00:00Z")).externalId("<renov-1@bompreco.example>").build();
            Message logged = joao.messages().log(mail);
            Message redelivered = joao.messages().log(mail);
            out.println("   delivered twice, stored once: " + logged.id().equals(redelivered.id()) + ", "
                    + joao.messages().ofAccount(customer.id(), false, null, 10).items().size() + " message(s)");
            out.println("   search 'RENOVACAO': "
                    + joao.messages().search(MessageSearch.builder().text("RENOVACAO").build()).items().size() + " found");
            Message archived = joao.messages().archive(ArchiveMessage.archive(logged));
            out.println("   archived: " + archived.archived() + "; listed without archived: "
                    + joao.messages().ofAccount(customer.id(), false, null, 10).items().size());

            // 14. The slow connection needs a visit: Marta sends João on site; he attaches the signed work sheet and
            // concludes with his report and the invoice. The customer answers both surveys through the links the host
            // sent; Marta reads the month's satisfaction, and the low score becomes a follow-up.
            out.println("14. Interventions and satisfaction");
            dev.crmkit.agenda.AgendaEntry naLoja = marta.agenda().dispatch(dev.crmkit.agenda.DispatchIntervention.builder(
                    "Trocar o roteador da loja", new Schedule.AtTime(java.time.LocalDate.now(ZoneId.of("America/Sao_Paulo"))
                            .plusDays(1).atTime(9, 0)), UserId.of("joao")).caseId(lenta.id()).build());
            var folha = joao.agenda().attach(naLoja.id(), new dev.crmkit.pipeline.AttachFile("folha-de-obra.pdf", "application/pdf"),
                    new java.io.ByteArrayInputStream("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            dev.crmkit.agenda.AgendaEntry anexada = joao.agenda().get(naLoja.id());
            dev.crmkit.agenda.AgendaEntry feita = joao.agenda().concludeIntervention(new dev.crmkit.agenda.ConcludeIntervention(
                    new dev.crmkit.agenda.AgendaEntryAt(anexada.id(), anexada.version()), "Roteador trocado, 300 Mbps medidos",
                    List.of(folha.id()), "NF-2026-0108"));
            out.println("   intervention on case #" + lenta.number() + ": " + feita.status() + ", report '"
                    + feita.workReport().orElseThrow().text() + "', invoice " + feita.workReport().orElseThrow().invoice().orElse("-")
                    + ", " + marta.agenda().ofCase(lenta.id()).size() + " entry on the case");
            ServiceCase lentaEmAndamento = joao.cases().changeStatus(ChangeCaseStatus.of(joao.cases().get(lenta.id()), CaseStatus.OPEN));
            joao.cases().changeStatus(ChangeCaseStatus.of(lentaEmAndamento, CaseStatus.RESOLVED));
            crm.relayEvents();
            crm.surveyAnswers().answer(new dev.crmkit.casework.AnswerSurvey(surveyTokens.get(0), 5, 10, "Muito rápido"));
            crm.surveyAnswers().answer(new dev.crmkit.casework.AnswerSurvey(surveyTokens.get(1), 2, 5, "Demorou demais"));
            try {
                crm.surveyAnswers().answer(new dev.crmkit.casework.AnswerSurvey(surveyTokens.get(1), 5, null, null));
            } catch (CrmException e) {
                out.println("   the same link again: " + e.code());
            }
            var mes = dev.crmkit.casework.SatisfactionQuery.builder(java.time.LocalDate.now(ZoneId.of("America/Sao_Paulo")).minusDays(30),
                    java.time.LocalDate.now(ZoneId.of("America/Sao_Paulo"))).build();
            var satisfacao = marta.satisfaction().statistics(mes);
            out.printf(Locale.ROOT, "   satisfaction: %d surveys, %d answers, CSAT %.1f (95%% CI %.1f to %.1f), NPS %.0f%n",
                    satisfacao.surveys(), satisfacao.answers(), satisfacao.csat().mean(), satisfacao.csat().lower(),
                    satisfacao.csat().upper(), satisfacao.nps().score().orElseThrow());
            out.println("   by agent: " + marta.satisfaction().statisticsBy(mes, dev.crmkit.casework.SatisfactionGrouping.AGENT)
                    .stream().map(g -> g.name() + " " + g.stats().csat().mean()).toList());
            RuleRun seguimento = crm.agendaRules().run(TenantId.of("fibra-sul"), Instant.now());
            out.println("   rules: " + seguimento.created().get(AgendaRule.LOW_SCORE) + " low-score follow-up for the account's"
                    + " responsible");

            // 15. Campaigns: the branch gets an e-mail address, a street and consent to the newsletter; João sends the
            // March newsletter to the shared segment of customers through the billing system's mail service (after the
            // commit, once per member), plans door-to-door visits into Marta's agenda, and reads the results.
            out.println("15. Campaigns");
            AccountId branch = filial.account().id();
            marta.accounts().update(UpdateAccount.from(marta.accounts().get(branch)).details(d -> d
                    .emails("ti@bompreco-filial.com.br").address(Address.builder().street("Av. Brasil").number("500")
                            .city("Campinas").state("SP").country("BR").build())).build());
            rita.consents().record(RecordConsent.grant(ConsentSubject.account(branch), ConsentChannel.EMAIL, "Formulário do site"));
            Campaign marco = joao.campaigns().launch(LaunchCampaign.of(joao.campaigns().create(new CreateCampaign(
                    "Novidades de março", CampaignKind.NEWSLETTER, CampaignPeriod.of(today, today.plusDays(30)),
                    CampaignTarget.segment(clientes.id())))));
            for (CampaignMember member : joao.campaigns().members(marco.id(), null, 10).items()) {
                out.println("   newsletter to " + joao.accounts().get(member.accountId()).details().legalName() + ": "
                        + member.status() + (member.skipReason() == null ? "" : " (" + member.skipReason() + ")"));
                if (member.status() == MemberStatus.TARGETED) {
                    // The mail service reports back by the member's id.
                    joao.campaigns().report(new ReportMemberOutcome(member.id(), MemberOutcome.DELIVERED));
                    joao.campaigns().report(new ReportMemberOutcome(member.id(), MemberOutcome.RESPONDED));
                }
            }
            Campaign visitas = joao.campaigns().launch(LaunchCampaign.planned(joao.campaigns().create(new CreateCampaign(
                    "Visitas porta a porta", CampaignKind.VISITS, CampaignPeriod.of(today, today.plusDays(13)),
                    CampaignTarget.segment(clientes.id()))), new VisitPlan.ByTeam(List.of(UserId.of("marta")), 4)));
            for (CampaignMember member : joao.campaigns().members(visitas.id(), null, 10).items()) {
                out.println("   visit to " + joao.accounts().get(member.accountId()).details().legalName() + ": "
                        + (member.skipReason() == null ? member.status() + " for " + member.assignee().value() + " on "
                                + member.plannedOn().getDayOfWeek() : member.status() + " (" + member.skipReason() + ")"));
            }
            CampaignResults resultados = joao.campaigns().results(marco.id());
            out.println("   results of '" + marco.name() + "': " + resultados.members().total() + " members, reached "
                    + resultados.members().reached() + ", responded " + resultados.members().of(MemberStatus.RESPONDED)
                    + ", skipped " + resultados.members().skipped() + ", conversion " + resultados.conversionRate());
            out.println("   mail service sent " + mailer.sent() + " message(s)");
            out.println("Done.");
        }
    }

    /** A later run: the file kept everything the first run stored; one more task shows it still takes writes. */
    private static void again(PrintStream out, Path database, Crm crm) {
        out.println("0. " + database + ".mv.db already holds tenant 'fibra-sul' from an earlier run");
        CrmSession marta = crm.as(Actor.of("fibra-sul", "marta"));
        CrmSession joao = crm.as(Actor.of("fibra-sul", "joao"));
        Page<Account> accounts = marta.accounts().query(AccountQuery.builder().withTotal().build());
        out.println("   accounts kept: " + accounts.totalCount().getAsLong() + " " + accounts.items().stream()
                .map(a -> a.details().legalName() + " (" + a.classification() + ")").toList());
        for (Pipeline pipeline : marta.pipelines().list()) {
            Board board = marta.cards().board(pipeline.id(), BoardFilter.builder().archived(TriState.ALL).build());
            out.println("   pipeline kept: " + pipeline.name() + ", " + board.columns().stream().mapToLong(StageColumn::total).sum()
                    + " card(s)");
        }
        int before = joao.agenda().tasks(UserId.of("joao")).later().size();
        AccountId customer = accounts.items().stream().filter(a -> a.classification() == Classification.CUSTOMER)
                .findFirst().orElseThrow().id();
        LocalDate today = LocalDate.now(crm.clock().withZone(ZoneId.of("America/Sao_Paulo")));
        joao.agenda().create(CreateAgendaEntry.builder("Ligar para saber se a fibra está ok").accountId(customer)
                .schedule(new Schedule.AnyTimeOn(today.plusDays(7))).build());
        out.println("   joao's later tasks: " + before + " kept, " + joao.agenda().tasks(UserId.of("joao")).later().size()
                + " with this run's");
        out.println("Done.");
    }
}
