package dev.crmkit.examples;

import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignMember;
import dev.crmkit.campaign.CampaignMessage;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignResults;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.CreateCampaign;
import dev.crmkit.campaign.EndCampaign;
import dev.crmkit.campaign.LaunchCampaign;
import dev.crmkit.campaign.MemberOutcome;
import dev.crmkit.campaign.OfferQuotes;
import dev.crmkit.campaign.QuotePerMember;
import dev.crmkit.campaign.ReportMemberOutcome;
import dev.crmkit.campaign.VisitPlan;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.io.SatisfactionExport;
import dev.crmkit.event.SurveyEvent;
import dev.crmkit.casework.TrainingNeeds;
import dev.crmkit.casework.Survey;
import dev.crmkit.casework.SatisfactionStats;
import dev.crmkit.casework.SatisfactionQuery;
import dev.crmkit.casework.SatisfactionGrouping;
import dev.crmkit.casework.SatisfactionGroup;
import dev.crmkit.casework.AnswerSurvey;
import dev.crmkit.agenda.DispatchIntervention;
import dev.crmkit.agenda.ConcludeIntervention;
import dev.crmkit.message.ArchiveMessage;
import dev.crmkit.message.LogMessage;
import dev.crmkit.message.Message;
import dev.crmkit.message.MessageChannel;
import dev.crmkit.message.MessageDirection;
import dev.crmkit.message.MessageSearch;
import dev.crmkit.consent.Consent;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentSubject;
import dev.crmkit.consent.ContactPermission;
import dev.crmkit.consent.RecordConsent;
import dev.crmkit.common.StageId;
import dev.crmkit.account.OpenCardFilter;
import dev.crmkit.account.ProspectState;
import dev.crmkit.segment.UpdateSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.Address;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.TaxId;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.DeleteAgendaEntries;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.RuleRun;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.casework.AddCaseComment;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.UpdateSlaSettings;
import dev.crmkit.casework.SlaTarget;
import dev.crmkit.casework.SlaState;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.casework.QueuedCase;
import dev.crmkit.casework.CaseSla;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.EventId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventBacklog;
import dev.crmkit.event.EventRetryPolicy;
import dev.crmkit.event.EventSweep;
import dev.crmkit.event.ParkedEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.inmemory.InMemoryCrmStore;
import dev.crmkit.io.RevenueExport;
import dev.crmkit.io.StatisticsExport;
import dev.crmkit.jpa.HostTransactions;
import dev.crmkit.jpa.JpaCrmStore;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardDateField;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.ImportCards;
import dev.crmkit.pipeline.ImportedCard;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.SaveBoardFilter;
import dev.crmkit.pipeline.StageColumn;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.pipeline.UpdateCard;
import dev.crmkit.account.UpdateAccount;
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
import dev.crmkit.product.ProductRoute;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.revenue.CustomerRevenue;
import dev.crmkit.revenue.EstimateLine;
import dev.crmkit.revenue.RevenueEstimate;
import dev.crmkit.revenue.RevenueForecast;
import dev.crmkit.quote.DecideQuoteDiscount;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.UpdateQuote;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductKind;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.UpdateProduct;
import dev.crmkit.product.Validity;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.report.AgendaStatistics;
import dev.crmkit.report.PipelineStatistics;
import dev.crmkit.spi.CrmStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's Java snippets, each between {@code // tag::name[]} and {@code // end::name[]}: compiled with the
 * examples, run by {@code ReadmeSnippetsTest}, and compared with the README's blocks there, so the README cannot show
 * code that does not compile or does not work. Around each region, the variables the snippet takes as given.
 */
public final class ReadmeSnippets {

    private ReadmeSnippets() {}

    /**
     * "Embed it in 20 lines": a {@code Crm} on the in-memory store, a tenant, a user and an error.
     *
     * @param bus the host's message bus
     * @return the {@code Crm} the snippet built
     */
    public static Crm embed(Bus bus) {
        // tag::embed[]
        Crm crm = Crm.builder()
                .store(new InMemoryCrmStore())                       // or your adapter
                .clock(Clock.systemUTC())                            // every "now" comes from here
                .eventPublisher(event -> bus.send(event))            // committed events, in order, at least once
                .build();

        // Host level: the companies you serve, each with a first administrator.
        crm.tenants().create(CreateTenant.builder(TenantId.of("acme"), "ACME Ltda", ZoneId.of("America/Sao_Paulo"),
                UserId.of("ana")).adminDisplayName("Ana").defaultLocale(Locale.forLanguageTag("pt-BR"))
                .otherClassificationName("Parceiro").build());

        // Every other call acts for one of your authenticated users.
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        CatalogEntry team = ana.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Sales North"));
        ana.users().create(CreateUser.builder(UserId.of("bob"), "Bob", AccessScope.TEAM).teamId(team.id()).build());
        try {
            crm.as(Actor.of("acme", "bob")).catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Mine"));
        } catch (CrmException e) {
            System.out.println(e.code() + ": " + e.getMessage());   // access.admin-required: Acesso negado ...
        }
        // end::embed[]
        return crm;
    }

    /**
     * What {@link #embed(Bus)} creates, on any {@code Crm}: tenant {@code acme}, its administrator {@code ana}, the team
     * {@code Sales North} and its user {@code bob}.
     *
     * @param crm the {@code Crm}
     */
    public static void createTenant(Crm crm) {
        crm.tenants().create(CreateTenant.builder(TenantId.of("acme"), "ACME Ltda", ZoneId.of("America/Sao_Paulo"),
                UserId.of("ana")).adminDisplayName("Ana").defaultLocale(Locale.forLanguageTag("pt-BR"))
                .otherClassificationName("Parceiro").build());
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        CatalogEntry team = ana.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Sales North"));
        ana.users().create(CreateUser.builder(UserId.of("bob"), "Bob", AccessScope.TEAM).teamId(team.id()).build());
    }

    /**
     * The accounts snippet, on a {@code Crm} whose tenant {@code acme} has the administrator {@code ana} and the user
     * {@code bob}.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the profile the snippet read
     */
    public static AccountProfile accounts(Crm crm) {
        CrmSession admin = crm.as(Actor.of("acme", "ana"));
        CatalogEntryId sizeTypeId = admin.catalogs().createCharacteristicType(new CreateCharacteristicType(
                "Porte", CharacteristicValueType.CHOICE, List.of("pequeno", "médio", "grande"))).id();
        CatalogEntryId parentOfTypeId = admin.catalogs()
                .createRelationshipType(new CreateRelationshipType("matriz de", "filial de", true)).id();
        AccountId branchId = admin.accounts().create(new CreateAccount(Classification.LEAD,
                AccountDetails.of(PersonKind.LEGAL, "Bom Preço Filial Sumaré"), Set.of(UserId.of("bob")))).account().id();
        // tag::accounts[]
        CrmSession ana = crm.as(Actor.of("acme", "ana"));

        // Create: a tax id already used in the tenant is refused; similar names are reported, not refused.
        AccountCreation created = ana.accounts().create(new CreateAccount(Classification.PROSPECT,
                AccountDetails.builder(PersonKind.LEGAL, "Mercado Bom Preço Ltda")
                        .tradeName("Bom Preço")
                        .taxId(TaxId.of("BR", "11.222.333/0001-81"))
                        .mainContactName("Carlos Souza")
                        .emails("compras@bompreco.com.br")
                        .phones("+55 11 3333-4444")
                        .address(Address.ofCity("Campinas", "SP", "BR"))
                        .build(),
                Set.of(UserId.of("bob"))));                                   // responsibles; default: the actor
        created.similar();                                                   // possible duplicates in the actor's scope
        AccountId id = created.account().id();

        // Classify (recorded on the timeline with actor and time), relate, describe.
        ana.accounts().classify(new ClassifyAccount(id, Classification.CUSTOMER, null));
        ana.relationships().create(new CreateRelationship(id, branchId, parentOfTypeId, "branch office"));
        ana.accounts().setCharacteristic(new SetCharacteristicValue(id, sizeTypeId, "médio"));   // checked against the type
        ana.contacts().add(new AddContact(id, ContactDetails.builder("Carlos Souza").role("Purchasing")
                .emails("carlos@bompreco.com.br").phones("+55 11 98888-7777").build()));

        // Edit: start from what was read, change what changes.
        Account read = ana.accounts().get(id);
        ana.accounts().update(UpdateAccount.from(read).details(d -> d.website("https://bompreco.com.br")).build());

        // Query: every filter combinable, keyset pages, optional total, always within the actor's scope.
        AccountQuery query = AccountQuery.builder()
                .classifications(Classification.CUSTOMER).place("campinas", "SP", "BR").text("bom preco")
                .sort(AccountSort.NAME, SortDirection.ASC).pageSize(50).withTotal().build();
        Page<Account> page = ana.accounts().query(query);
        while (page.next().isPresent()) {
            page = ana.accounts().query(query.after(page.next().get()));
        }

        // Everything about one account, and its timeline in the reader's language.
        AccountProfile profile = ana.accounts().profile(id);
        profile.timeline().items().forEach(entry -> System.out.println(entry.occurredAt() + " " + entry.summary()));
        // end::accounts[]
        return profile;
    }

    /**
     * The pipelines snippet: the administrator {@code marta} builds a board that {@code joao} works.
     *
     * @param crm a {@code Crm} whose tenant {@code acme} has the administrator {@code ana}
     * @return the pipeline's figures
     */
    public static PipelineStatistics pipelines(Crm crm) {
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        ana.users().create(CreateUser.builder(UserId.of("marta"), "Marta", AccessScope.ALL).admin(true).build());
        ana.users().create(CreateUser.builder(UserId.of("joao"), "João", AccessScope.ALL).build());
        CrmSession marta = crm.as(Actor.of("acme", "marta"));
        CrmSession joao = crm.as(Actor.of("acme", "joao"));
        AccountId prospectId = ana.accounts().create(new CreateAccount(Classification.PROSPECT,
                AccountDetails.of(PersonKind.LEGAL, "Padaria Central"), Set.of())).account().id();
        // tag::pipelines[]
        // Build the board.
        Pipeline vendas = marta.pipelines().create(CreatePipeline.builder("Vendas empresariais", "#1F6FEB")
                .stages(new NewStage("Contato", "#CCCCCC", 0, 10),   // 10% of its open cards end won
                        new NewStage("Proposta", "#FFCC00", 5, 40),   // stagnant after 5 days
                        new NewStage("Negociação", "#FF6600", 10, 70))
                .users(UserId.of("joao")).settings(PipelineSettings.DEFAULT).build());
        LabelId quente = marta.pipelines().addLabel(new AddLabel(vendas.id(), "Quente", "#D73A49")).id();

        // Work it: create, edit, move (after another card, or to the top), comment, lose, win.
        Card fibra = joao.cards().create(CreateCard.builder(vendas.id(), "Fibra 1 Gbps").labels(quente)
                .salespersonId(UserId.of("joao")).value(Money.of("4500", "BRL")).accountId(prospectId).build());
        Card tv = joao.cards().create(CreateCard.builder(vendas.id(), "TV corporativa").build());
        fibra = joao.cards().update(UpdateCard.from(fibra).expectedCloseDate(LocalDate.of(2026, 6, 30)).build());
        fibra = joao.cards().move(new MoveCard(fibra.id(), vendas.stages().get(1).id(), null, fibra.version()));
        joao.cards().addComment(new AddComment(fibra.id(), "Cliente pediu desconto de 5%"));
        joao.cards().markLost(new MarkCardLost(tv.id(), "Sem orçamento este ano", tv.version()));
        joao.cards().convertToCustomer(new CardOutcome(fibra.id(), null));   // the prospect becomes CUSTOMER, same unit of work

        // Filter it: tri-state filters (all / yes / no); per stage a page, the total, the sums per currency and the
        // stagnant count; then the rest of a stage with its cursor.
        Board board = joao.cards().board(vendas.id(), BoardFilter.builder()
                .labels(quente).lost(TriState.NO).stagnant(TriState.ALL)
                .dates(BoardDateField.PROSPECT_CREATED, LocalDate.of(2026, 1, 1), null)
                .order(BoardOrder.DESCENDING).cardsPerStage(50).build());
        for (StageColumn column : board.columns()) {
            System.out.println(column.stage().name() + ": " + column.total() + " " + column.sums() + ", " + column.stagnant() + " stagnant");
        }
        StageColumn first = board.columns().get(0);
        if (first.nextCursor() != null) {
            Page<CardSummary> more = joao.cards().stage(vendas.id(), first.stage().id(), board.filter(), first.nextCursor());
        }
        marta.pipelines().saveFilter(new SaveBoardFilter(vendas.id(), "Quentes", board.filter()));   // per user and pipeline

        // Its history: one entry per changed field, newest first, append-only. It reads in the reader's language, with the
        // stage, label, user and account names of the time; the raw ids and field paths stay beside them (field(), oldValue()...).
        marta.pipelines().history(vendas.id(), null, 50).items()
                .forEach(h -> System.out.println(h.at() + " " + h.actorName() + " " + h.fieldLabel() + ": " + h.oldDisplay()
                        + " -> " + h.newDisplay()));
        // end::pipelines[]

        // tag::import-cards[]
        List<ImportedCard> rows = List.of(
                ImportedCard.named("Fibra 1 Gbps").stageId(vendas.stages().get(1).id()).labels(Set.of(quente))
                        .members(Set.of(UserId.of("joao"))).salespersonId(UserId.of("joao")).value(Money.of("4500", "BRL"))
                        .accountTaxId("BR", "11.222.333/0001-81").build(),            // the account by its tax id...
                ImportedCard.named("Link dedicado").accountId(prospectId).build(),    // ...or by its id
                ImportedCard.named("Sem conta ainda").build());                       // the first stage, no account
        List<CardId> ids = marta.cards().importCards(new ImportCards(vendas.id(), rows));
        // end::import-cards[]
        System.out.println(ids.size() + " cards imported");
        return joao.reports().pipeline(vendas.id());
    }

    /**
     * The products and price lists snippet.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the product as stored after the edit, and the default price of an account that buys from no price list
     */
    public static Map.Entry<Product, Optional<ProductPrice>> products(Crm crm) {
        CrmSession admin = crm.as(Actor.of("acme", "ana"));
        CrmSession ana = admin;
        Account account = ana.accounts().create(new CreateAccount(Classification.PROSPECT,
                AccountDetails.of(PersonKind.LEGAL, "Mercado Boa Vista"), Set.of())).account();
        // tag::products[]
        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder("FIB-1G", "Fibra 1 Gbps")
                .unit("mês").kind(ProductKind.SERVICE).group("Internet").build()));
        admin.products().update(UpdateProduct.from(fiber).withActive(false));   // edits start from what was read

        PriceList wholesale = admin.priceLists().create(new CreatePriceList("Atacado", Currency.getInstance("BRL")));
        admin.priceLists().setPrice(new SetProductPrice(wholesale.id(), fiber.id(), new BigDecimal("99.90"),
                Validity.from(LocalDate.of(2026, 1, 1))));
        Optional<ProductPrice> price = ana.priceLists().defaultPrice(account.id(), fiber.id(), LocalDate.now());
        // end::products[]
        return Map.entry(admin.products().get(fiber.id()), price);
    }

    /**
     * The quotes snippet: a quote to a customer buying from a price list, sent, then revised.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the quote after the revision, and its first revision as sent
     */
    public static Map.Entry<Quote, QuoteRevision> quotes(Crm crm) {
        CrmSession admin = crm.as(Actor.of("acme", "ana"));
        CrmSession ana = admin;
        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder("FIB-500", "Fibra 500 Mbps")
                .unit("mês").kind(ProductKind.SERVICE).build()));
        PriceList retail = admin.priceLists().create(new CreatePriceList("Varejo", Currency.getInstance("BRL")));
        admin.priceLists().setPrice(new SetProductPrice(retail.id(), fiber.id(), new BigDecimal("89.90"),
                Validity.from(LocalDate.of(2026, 1, 1))));
        Account account = ana.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.builder(PersonKind.LEGAL, "Padaria Pão Quente").customer(CustomerProperties.builder()
                        .priceListId(retail.id()).build()).build(), Set.of())).account();
        // tag::quotes[]
        Quote quote = ana.quotes().create(CreateQuote.builder(account.id())
                .validUntil(LocalDate.now().plusDays(15))
                .lines(QuoteLineInput.product(fiber.id(), new BigDecimal("12")),          // the price list's 89.90
                        QuoteLineInput.text("Instalação", BigDecimal.ONE, new BigDecimal("250"))
                                .withDiscount(new BigDecimal("50")))
                .build());
        System.out.println(quote.number() + ": " + quote.revision().totals().total());   // Q-000001: 1203.80

        Quote sent = ana.quotes().changeStatus(ChangeQuoteStatus.of(quote, QuoteStatus.SENT));
        Quote revised = ana.quotes().update(UpdateQuote.from(sent)              // a new revision, a draft again
                .withLines(List.of(QuoteLineInput.product(fiber.id(), new BigDecimal("24")))));
        QuoteRevision asSent = ana.quotes().revision(revised.id(), 1);           // the first stays readable
        // end::quotes[]
        return Map.entry(revised, asSent);
    }

    /**
     * The discounts snippet: a policy an account's lines take, and a manual discount above a team's limit that an
     * administrator approves before the quote is sent.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the quote as sent, and the quote as it was before the approval
     */
    public static Map.Entry<Quote, Quote> discounts(Crm crm) {
        CrmSession admin = crm.as(Actor.of("acme", "ana"));
        CatalogEntry sales = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Vendas"));
        admin.users().create(CreateUser.builder(UserId.of("rui"), "Rui", AccessScope.ALL).teamId(sales.id()).build());
        CrmSession rui = crm.as(Actor.of("acme", "rui"));
        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder("FIB-300", "Fibra 300 Mbps")
                .unit("mês").kind(ProductKind.SERVICE).group("Internet").build()));
        PriceList retail = admin.priceLists().create(new CreatePriceList("Varejo Sul", Currency.getInstance("BRL")));
        admin.priceLists().setPrice(new SetProductPrice(retail.id(), fiber.id(), new BigDecimal("79.90"),
                Validity.from(LocalDate.of(2026, 1, 1))));
        Account account = admin.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.builder(PersonKind.LEGAL, "Mercearia Dois Irmãos").customer(CustomerProperties.builder()
                        .priceListId(retail.id()).build()).build(), Set.of())).account();
        // tag::discounts[]
        admin.discounts().create(DiscountTerms.builder("Fidelidade", new BigDecimal("5"), LocalDate.of(2026, 1, 1))
                .scope(new DiscountScope.Account(account.id()))          // one account (or a customer type, a price list)
                .item(new DiscountItem.Group("Internet"))                 // a product group (or one product, or all)
                .condition(new DiscountCondition.MinimumQuantity(BigDecimal.TEN))
                .build());
        admin.discounts().setLimit(SetDiscountLimit.ofTeam(sales.id(), new BigDecimal("10")));

        Quote quote = rui.quotes().create(CreateQuote.builder(account.id())
                .lines(QuoteLineInput.product(fiber.id(), new BigDecimal("12")))   // takes "Fidelidade": 5%
                .discount(new BigDecimal("12"))                                    // the quote's own 12%: above 10%
                .build());
        System.out.println(quote.revision().approval().status());               // PENDING: it cannot be sent yet
        Quote approved = admin.quotes().approveDiscount(DecideQuoteDiscount.of(quote));   // approver and time kept
        Quote sent = rui.quotes().changeStatus(ChangeQuoteStatus.of(approved, QuoteStatus.SENT));
        // end::discounts[]
        return Map.entry(sent, quote);
    }

    /**
     * The orders snippet: a host's order gateway, an accepted quote with a line made by production and one sold by the
     * sales office converted into two orders, and the host's progress reports.
     *
     * @param erp the host's ERP: where orders go, deduplicated by id
     * @return the invoiced production order, and its history in the reader's language
     */
    public static Map.Entry<Order, List<OrderHistoryLine>> orders(Map<OrderId, Order> erp) {
        // tag::orders[]
        Crm crm = Crm.builder()
                .store(new InMemoryCrmStore())
                .orderGateway(order -> erp.putIfAbsent(order.id(), order))   // at least once: keep each id once
                .build();
        // end::orders[]
        createTenant(crm);
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        Product cabinet = ana.products().create(new CreateProduct(ProductDetails.builder("ARM-01", "Armário")
                .unit("un").route(ProductRoute.PRODUCTION).build()));
        Product handle = ana.products().create(new CreateProduct(ProductDetails.builder("PUX-01", "Puxador")
                .unit("un").route(ProductRoute.SALES).build()));
        Account account = ana.accounts().create(new CreateAccount(Classification.PROSPECT,
                AccountDetails.of(PersonKind.LEGAL, "Móveis Boa Vista"), Set.of())).account();
        Quote draft = ana.quotes().create(CreateQuote.builder(account.id()).currency(Currency.getInstance("BRL"))
                .lines(QuoteLineInput.product(cabinet.id(), BigDecimal.ONE).withUnitPrice(new BigDecimal("2500")),
                        QuoteLineInput.product(handle.id(), new BigDecimal("4")).withUnitPrice(new BigDecimal("12.50")))
                .build());
        Quote sent = ana.quotes().changeStatus(ChangeQuoteStatus.of(draft, QuoteStatus.SENT));
        // tag::convert[]
        Quote accepted = ana.quotes().changeStatus(ChangeQuoteStatus.of(sent, QuoteStatus.ACCEPTED));
        List<Order> orders = ana.orders().convert(ConvertQuote.of(accepted));   // Q-000001-P, Q-000001-S
        // The host reports progress back, by order id, as its ERP moves on:
        Order made = orders.get(0);
        made = ana.orders().reportProgress(ReportOrderProgress.of(made, OrderStatus.ACCEPTED));
        made = ana.orders().reportProgress(ReportOrderProgress.unversioned(made.id(), OrderStatus.DELIVERED, null));
        made = ana.orders().reportProgress(ReportOrderProgress.invoiced(made, "NF-2026-0042"));
        for (OrderHistoryLine line : ana.orders().history(made.id())) {
            System.out.println(line.summary());   // Pedido Q-000001-P emitido por Ana, aceito, informado por Ana, ...
        }
        // end::convert[]
        return Map.entry(made, ana.orders().history(made.id()));
    }

    /**
     * The revenue snippet: a customer's realised revenue from an invoiced order, its estimate with an open card and a
     * sent quote, and a pipeline's forecast exported as XLSX.
     *
     * @param out where the forecast's workbook goes
     * @return the customer's revenue, and its estimate
     */
    public static Map.Entry<CustomerRevenue, RevenueEstimate> revenue(OutputStream out) {
        Crm crm = Crm.builder().store(new InMemoryCrmStore()).build();
        createTenant(crm);
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        Account account = ana.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Cozinhas Boa Vista"), Set.of())).account();
        Currency brl = Currency.getInstance("BRL");
        Quote first = ana.quotes().create(CreateQuote.builder(account.id()).currency(brl)
                .lines(QuoteLineInput.text("Projeto de cozinha", BigDecimal.ONE, new BigDecimal("2400"))).build());
        first = ana.quotes().changeStatus(ChangeQuoteStatus.of(first, QuoteStatus.SENT));
        first = ana.quotes().changeStatus(ChangeQuoteStatus.of(first, QuoteStatus.ACCEPTED));
        Order order = ana.orders().convert(ConvertQuote.of(first)).get(0);
        order = ana.orders().reportProgress(ReportOrderProgress.of(order, OrderStatus.ACCEPTED));
        order = ana.orders().reportProgress(ReportOrderProgress.of(order, OrderStatus.DELIVERED));
        ana.orders().reportProgress(ReportOrderProgress.invoiced(order, "NF-2026-0100"));
        Pipeline vendas = ana.pipelines().create(CreatePipeline.builder("Vendas", "#1F6FEB")
                .stages(new NewStage("Contato", "#CCCCCC", 0, 10), new NewStage("Proposta", "#FFCC00", 0, 40))
                .users(UserId.of("ana")).settings(PipelineSettings.DEFAULT).build());
        ana.cards().create(CreateCard.builder(vendas.id(), "Área de serviço").stageId(vendas.stages().get(1).id())
                .accountId(account.id()).salespersonId(UserId.of("ana")).value(Money.of("3000", "BRL"))
                .expectedCloseDate(LocalDate.of(2026, 8, 31)).build());
        Quote open = ana.quotes().create(CreateQuote.builder(account.id()).currency(brl)
                .lines(QuoteLineInput.text("Armário extra", BigDecimal.ONE, new BigDecimal("500"))).build());
        ana.quotes().changeStatus(ChangeQuoteStatus.of(open, QuoteStatus.SENT));
        // tag::revenue[]
        CustomerRevenue revenue = ana.revenue().ofCustomer(account.id());
        System.out.println(revenue.trailingTwelveMonths());   // {BRL=2400.00}: what was invoiced in 12 months
        for (EstimateLine line : ana.revenue().estimate(account.id()).lines()) {
            // run rate 200.00 (2400 / 12) + pipeline 1200.00 (3000 x 40%) + open quotes 500.00 = 1900.00
            System.out.println(line.currency() + " " + line.total());
        }
        RevenueForecast forecast = ana.revenue().forecast(vendas.id());   // by salesperson and close month
        new RevenueExport(Locale.forLanguageTag("pt-BR")).writeXlsx(forecast, out);
        // end::revenue[]
        return Map.entry(revenue, ana.revenue().estimate(account.id()));
    }

    /**
     * The service cases snippet.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the case as its customer sees it after the resolution, and its history in the reader's language
     */
    public static Map.Entry<ServiceCase, List<TimelineEntry>> cases(Crm crm) {
        CrmSession admin = crm.as(Actor.of("acme", "ana"));
        AccountId accountId = admin.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Padaria Estrela"), Set.of())).account().id();
        CatalogEntryId networkId = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.CASE_CATEGORY, "Rede")).id();
        CatalogEntryId highId = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.PRIORITY, "Alta")).id();
        CrmSession ana = admin;
        // tag::cases[]
        ServiceCase opened = ana.cases().open(new OpenCase(accountId, CaseDetails.builder("Sem sinal desde ontem", CaseChannel.PHONE)
                .categoryId(networkId).priorityId(highId).assigneeId(UserId.of("ana")).build()));
        ServiceCase working = ana.cases().changeStatus(ChangeCaseStatus.of(opened, CaseStatus.OPEN));
        ana.cases().comment(AddCaseComment.internalNote(working.id(), "Torre 3 em manutenção"));
        ana.cases().comment(AddCaseComment.publicComment(working.id(), "Técnico a caminho"));   // returns the comment
        ana.cases().changeStatus(ChangeCaseStatus.of(ana.cases().get(working.id()), CaseStatus.RESOLVED));   // reopenable for 7 days

        ServiceCase shown = ana.cases().forCustomer(opened.id());        // no internal notes
        List<TimelineEntry> history = ana.cases().history(opened.id());   // every field, in the reader's language
        // end::cases[]
        System.out.println("Case #" + shown.number() + " " + shown.status() + ", " + history.size() + " changes");
        return Map.entry(shown, history);
    }

    /**
     * The interventions and satisfaction snippet.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @param delivered the events the snippet's publisher delivered (where the survey's token arrives)
     * @param out where the export goes
     * @return the intervention with its work report, the answered survey and the month's statistics
     */
    public static List<Object> service(Crm crm, List<DomainEvent> delivered, java.io.OutputStream out) {
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        AccountId accountId = ana.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Oficina Central"), Set.of())).account().id();
        ServiceCase opened = ana.cases().open(new OpenCase(accountId, CaseDetails.builder("Roteador queimado", CaseChannel.ON_SITE)
                .assigneeId(UserId.of("ana")).build()));
        java.io.InputStream pdf = new java.io.ByteArrayInputStream("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        // tag::service[]
        AgendaEntry visit = ana.agenda().dispatch(DispatchIntervention.builder("Trocar o roteador",
                new Schedule.AtTime(today.plusDays(1).atTime(9, 0)), UserId.of("ana")).caseId(opened.id()).build());
        Attachment sheet = ana.agenda().attach(visit.id(), new AttachFile("folha-de-obra.pdf", "application/pdf"), pdf);
        AgendaEntry attached = ana.agenda().get(visit.id());
        AgendaEntry done = ana.agenda().concludeIntervention(new ConcludeIntervention(
                new AgendaEntryAt(attached.id(), attached.version()), "Roteador trocado, sinal normal",
                List.of(sheet.id()), "NF-2026-0107"));                   // the report, its sheet, your invoice
        List<AgendaEntry> onTheCase = ana.agenda().ofCase(opened.id());

        ana.cases().changeStatus(ChangeCaseStatus.of(ana.cases().get(opened.id()), CaseStatus.RESOLVED));
        crm.relayEvents();
        // Your publisher received SurveyIssued: its single-use token goes into the survey link you send.
        String token = delivered.stream().filter(e -> e instanceof SurveyEvent.SurveyIssued)
                .map(e -> ((SurveyEvent.SurveyIssued) e).token()).reduce((first, last) -> last).orElseThrow();
        Survey answered = crm.surveyAnswers().answer(new AnswerSurvey(token, 5, 9, "Rápido e gentil"));   // no actor

        SatisfactionQuery month = SatisfactionQuery.builder(today.minusDays(30), today).build();
        SatisfactionStats stats = ana.satisfaction().statistics(month);  // CSAT and its 95 % interval, NPS, rates
        List<SatisfactionGroup> byAgent = ana.satisfaction().statisticsBy(month, SatisfactionGrouping.AGENT);
        TrainingNeeds needs = ana.satisfaction().trainingNeeds(month, 5);   // lowest first, 5 answers at least
        new SatisfactionExport(Locale.forLanguageTag("pt-BR")).writeXlsx(byAgent, out);
        // end::service[]
        System.out.println("Intervention " + done.workReport().orElseThrow().invoice().orElse("-") + ", CSAT "
                + stats.csat().mean() + " of " + stats.answers() + ", " + onTheCase.size() + " on the case, "
                + needs.agents().size() + " agents to train");
        return List.of(done, onTheCase, answered, stats, byAgent);
    }

    /**
     * The messages snippet.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the message logged, the answer to its second delivery, the search's page and the archived message
     */
    public static List<Object> messages(Crm crm) {
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        AccountId accountId = ana.accounts().create(new CreateAccount(Classification.PROSPECT,
                AccountDetails.of(PersonKind.LEGAL, "Mercado Sol"), Set.of())).account().id();
        var contactId = ana.contacts().add(new dev.crmkit.contact.AddContact(accountId, new dev.crmkit.contact.ContactDetails(
                "Rita Souza", "Compras", List.of("rita@mercadosol.example"), List.of(), null))).id();
        // tag::messages[]
        Message logged = ana.messages().log(LogMessage.builder(accountId, MessageDirection.INBOUND, MessageChannel.EMAIL)
                .contact(contactId).subject("Pedido de orçamento").body("Precisamos de 40 linhas móveis.")
                .occurredAt(Instant.parse("2026-03-02T09:15:00Z")).externalId("<a1b2@mercadosol.example>").build());
        // The mail server delivers it again: the stored message is answered, nothing is stored or raised.
        Message again = ana.messages().log(LogMessage.builder(accountId, MessageDirection.INBOUND, MessageChannel.EMAIL)
                .contact(contactId).subject("Pedido de orçamento").body("Precisamos de 40 linhas móveis.")
                .occurredAt(Instant.parse("2026-03-02T09:15:00Z")).externalId("<a1b2@mercadosol.example>").build());

        Page<Message> found = ana.messages().search(MessageSearch.builder().text("ORCAMENTO")   // case and accents ignored
                .channel(MessageChannel.EMAIL).limit(20).build());
        Message archived = ana.messages().archive(ArchiveMessage.archive(logged));   // from the version read
        // end::messages[]
        System.out.println("Messages found: " + found.items().size() + ", archived: " + archived.archived());
        return List.of(logged, again, found, archived);
    }

    /**
     * The campaigns snippet: its own {@code Crm}, whose message sender hands each newsletter to the host's mailer.
     *
     * @param mailer where the host's sender puts each message (the host's mail service)
     * @return the newsletter's results, the visits campaign, its members, and the offer's members
     */
    public static List<Object> campaigns(List<CampaignMessage> mailer) {
        // tag::campaigns[]
        Crm crm = Crm.builder().store(new InMemoryCrmStore())
                .messageSender(message -> mailer.add(message))   // after the commit, at least once: dedupe by member id
                .build();
        // end::campaigns[]
        crm.tenants().create(CreateTenant.builder(TenantId.of("acme"), "ACME Ltda", ZoneId.of("America/Sao_Paulo"),
                UserId.of("ana")).adminDisplayName("Ana").defaultLocale(Locale.forLanguageTag("pt-BR"))
                .otherClassificationName("Parceiro").build());
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        Product fibra = ana.products().create(new CreateProduct(ProductDetails.builder("FIB-1G", "Fibra 1 Gbps").build()));
        PriceList varejo = ana.priceLists().create(new CreatePriceList("Varejo", Currency.getInstance("BRL")));
        ana.priceLists().setPrice(new SetProductPrice(varejo.id(), fibra.id(), new BigDecimal("129.90"),
                Validity.from(LocalDate.of(2026, 1, 1))));
        AccountId sol = ana.accounts().create(new CreateAccount(Classification.CUSTOMER, AccountDetails.builder(
                PersonKind.LEGAL, "Mercado Sol").emails("compras@mercadosol.example")
                .address(Address.builder().street("Rua das Flores").number("10").city("Campinas").state("SP").country("BR")
                        .build()).customer(CustomerProperties.builder().priceListId(varejo.id()).build()).build(),
                Set.of(UserId.of("ana")))).account().id();
        ana.consents().record(RecordConsent.grant(ConsentSubject.account(sol), ConsentChannel.EMAIL, "Web form"));
        var customers = ana.segments().create(new dev.crmkit.segment.CreateSegment("Customers", true,
                AccountQuery.builder().classifications(Classification.CUSTOMER).build()));
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        // tag::campaigns-launch[]
        Campaign news = ana.campaigns().create(new CreateCampaign("March news", CampaignKind.NEWSLETTER,
                CampaignPeriod.of(today, today.plusDays(30)), CampaignTarget.segment(customers.id())));
        news = ana.campaigns().launch(LaunchCampaign.of(news));   // members taken now, without consent skipped
        CampaignMember member = ana.campaigns().members(news.id(), null, 100).items().get(0);
        // The host's mail service reports back, keyed by the member's id (an opt-out withdraws the consent too).
        ana.campaigns().report(new ReportMemberOutcome(member.id(), MemberOutcome.DELIVERED));
        ana.campaigns().report(new ReportMemberOutcome(member.id(), MemberOutcome.RESPONDED));
        CampaignResults results = ana.campaigns().results(news.id());   // reached, answers, cards, quotes, orders

        Campaign visits = ana.campaigns().launch(LaunchCampaign.planned(        // one agenda entry per member
                ana.campaigns().create(new CreateCampaign("Door to door", CampaignKind.VISITS,
                        CampaignPeriod.of(today, today.plusDays(13)), CampaignTarget.segment(customers.id()))),
                new VisitPlan.ByResponsible(6)));                                  // at most 6 a day each, working days
        ana.campaigns().complete(EndCampaign.of(visits));
        // end::campaigns-launch[]
        // tag::campaigns-offer[]
        Campaign offer = ana.campaigns().create(new CreateCampaign("Fibra em março", CampaignKind.OFFER,
                CampaignPeriod.of(today, today.plusDays(14)), CampaignTarget.segment(customers.id())));
        offer = ana.campaigns().launch(LaunchCampaign.offering(offer, OfferQuotes.perMember(   // a quote of its own each
                QuotePerMember.of(QuoteLineInput.product(fibra.id(), BigDecimal.ONE),         // at the account's list price
                                QuoteLineInput.text("Instalação", BigDecimal.ONE, new BigDecimal("150.00")))
                        .validFor(15).withNote("Fibra 1 Gbps, instalação por R$ 150"))));   // the note reaches the sender
        // Each member's message names its own quote (member().quoteId()), numbered and priced as Quotes.create does;
        // a member whose account's list has no price for a product is skipped (NO_PRICE), with no quote.
        // end::campaigns-offer[]
        System.out.println("Reached " + results.members().reached() + ", conversion " + results.conversionRate());
        return List.of(results, visits, ana.campaigns().members(visits.id(), null, 100).items(),
                ana.campaigns().members(offer.id(), null, 100).items());
    }

    /**
     * The service levels and case queue snippet.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the case's clocks and the first page of the support team's queue
     */
    public static Map.Entry<CaseSla, Page<QueuedCase>> sla(Crm crm) {
        CrmSession admin = crm.as(Actor.of("acme", "ana"));
        AccountId accountId = admin.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Mercearia Sol"), Set.of())).account().id();
        CatalogEntryId highId = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.PRIORITY, "Urgente")).id();
        CatalogEntryId supportId = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, "Suporte")).id();
        CrmSession ana = admin;
        // tag::sla[]
        SlaSettings levels = ana.cases().slaSettings();              // Mon-Fri 08:00-18:00, no targets, at risk from 80 %
        ana.cases().updateSlaSettings(UpdateSlaSettings.from(levels)
                .withHours(levels.hours().withHolidays(Set.of(LocalDate.of(2026, 12, 25))))
                .withTargets(List.of(new SlaTarget(highId, 60, 8 * 60))));   // business minutes: answer, resolve

        ServiceCase down = ana.cases().open(new OpenCase(accountId, CaseDetails.builder("Caixa sem rede", CaseChannel.PHONE)
                .priorityId(highId).teamId(supportId).build()));
        CaseSla sla = ana.cases().sla(down.id());          // both clocks: state, due time, business time elapsed

        Page<QueuedCase> queue = ana.cases().queue(CaseQueue.builder()
                .teams(Set.of(supportId)).statuses(CaseStatus.NEW, CaseStatus.OPEN)
                .slaStates(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED).pageSize(20).build());   // most urgent first
        // end::sla[]
        System.out.println("Case #" + down.number() + " first response " + sla.firstResponse().state() + " due "
                + sla.firstResponse().dueAt() + "; queue of " + queue.items().size());
        return Map.entry(sla, queue);
    }

    /**
     * The consent snippet.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return what a newsletter may do for the contact after the opt-out, and the withdrawal the link recorded
     */
    public static Map.Entry<ContactPermission, Consent> consent(Crm crm) {
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        AccountId accountId = ana.accounts().create(new CreateAccount(Classification.PROSPECT,
                AccountDetails.of(PersonKind.LEGAL, "Mercado Sol"), Set.of())).account().id();
        var contactId = ana.contacts().add(new dev.crmkit.contact.AddContact(accountId, new dev.crmkit.contact.ContactDetails(
                "Rita Souza", "Compras", List.of("rita@mercadosol.example"), List.of(), null))).id();
        // tag::consent[]
        ConsentSubject rita = ConsentSubject.contact(accountId, contactId);
        ana.consents().record(RecordConsent.grant(rita, ConsentChannel.EMAIL, "Formulário do site"));
        ana.consents().check(rita, ConsentChannel.EMAIL);     // allowed: GRANTED
        ana.consents().check(rita, ConsentChannel.VISIT);     // allowed: NOT_REQUIRED (visits need no opt-in)

        String token = ana.consents().optOutToken(rita, ConsentChannel.EMAIL);   // into the newsletter's link
        // ... the recipient follows the link; the host's endpoint, with no signed-in user:
        Consent withdrawal = crm.optOuts().optOut(token);                         // recorded once, "opt-out link"
        ContactPermission now = ana.consents().check(rita, ConsentChannel.EMAIL); // refused: WITHDRAWN
        // end::consent[]
        System.out.println("E-mail to Rita: " + now.reason());
        return Map.entry(now, withdrawal);
    }

    /**
     * The segments snippet: a shared segment of prospects in progress, read by its owner and by a PORTFOLIO user.
     *
     * @param crm the {@code Crm} of {@link #embed(Bus)}
     * @return the owner's count, the portfolio user's count, and the owner's first preview page
     */
    public static Map.Entry<List<Long>, Page<Account>> segments(Crm crm) {
        CrmSession admin = crm.as(Actor.of("acme", "ana"));
        admin.users().create(CreateUser.builder(UserId.of("rui"), "Rui", AccessScope.PORTFOLIO).build());
        Pipeline pipeline = admin.pipelines().create(CreatePipeline.builder("Prospecção", "#1F6FEB")
                .stages(new NewStage("Contato", "#CCCCCC", 0, null), new NewStage("Proposta", "#FFCC00", 0, null))
                .users(UserId.of("ana"), UserId.of("rui")).build());
        for (String name : List.of("Padaria Sol", "Mercado Lua", "Farmácia Vida")) {
            AccountId prospect = admin.accounts().create(new CreateAccount(Classification.PROSPECT,
                    AccountDetails.of(PersonKind.LEGAL, name), Set.of(UserId.of(name.startsWith("Padaria") ? "rui" : "ana"))))
                    .account().id();
            admin.cards().create(CreateCard.builder(pipeline.id(), "Fibra " + name).accountId(prospect).build());
        }
        StageId proposta = pipeline.stages().get(1).id();
        CrmSession ana = admin;
        CrmSession rui = crm.as(Actor.of("acme", "rui"));
        // tag::segments[]
        // Prospects with an open card, sorted by name, 20 a page; shared: every user sees it, each in their own scope.
        Segment emAndamento = ana.segments().create(new CreateSegment("Prospects em andamento", true, AccountQuery.builder()
                .prospectStates(ProspectState.IN_PROGRESS).supplier(false).openCase(false)
                .sort(AccountSort.NAME, SortDirection.ASC).pageSize(20).build()));
        long mine = ana.segments().count(emAndamento.id());          // evaluated now, in ana's scope
        long his = rui.segments().count(emAndamento.id());           // the same segment, in rui's portfolio
        Page<Account> first = ana.segments().preview(emAndamento.id(), null);   // keyset pages, as account queries

        // Edit from what was read; only the owner may. The query is stored as versioned JSON.
        Segment naProposta = ana.segments().update(UpdateSegment.from(emAndamento).renamed("Na proposta")
                .withCriteria(emAndamento.criteria().toBuilder().openCard(OpenCardFilter.inStages(proposta)).build()));
        List<Segment> visible = rui.segments().list();               // his own and the shared ones
        // end::segments[]
        System.out.println("Segment " + naProposta.name() + ": ana " + mine + ", rui " + his + ", " + visible.size() + " visible");
        return Map.entry(List.of(mine, his), first);
    }

    /**
     * The agenda snippet, for {@code joao} of {@link #pipelines(Crm)}.
     *
     * @param crm a {@code Crm} after {@link #pipelines(Crm)}
     * @return what concluding the visit did
     */
    public static AgendaConclusion agenda(Crm crm) {
        CrmSession ana = crm.as(Actor.of("acme", "ana"));
        AccountId clienteId = ana.accounts().create(new CreateAccount(Classification.CUSTOMER,
                AccountDetails.of(PersonKind.LEGAL, "Escola Aurora"), Set.of())).account().id();
        CatalogEntryId visitTypeId = ana.catalogs().create(new CreateCatalogEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visita")).id();
        CatalogEntryId callTypeId = ana.catalogs().create(new CreateCatalogEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Ligação")).id();
        Pipeline pipeline = ana.pipelines().list().get(0);
        Card fibra = crm.as(Actor.of("acme", "joao")).cards().create(CreateCard.builder(pipeline.id(), "Fibra da escola")
                .accountId(clienteId).build());
        CrmSession joaoNow = crm.as(Actor.of("acme", "joao"));
        AgendaEntryId oldId1 = joaoNow.agenda().create(CreateAgendaEntry.builder("Rascunho 1").accountId(clienteId).build()).id();
        AgendaEntryId oldId2 = joaoNow.agenda().create(CreateAgendaEntry.builder("Rascunho 2").accountId(clienteId).build()).id();
        // tag::agenda[]
        CrmSession joao = crm.as(Actor.of("acme", "joao"));
        AgendaEntry visit = joao.agenda().create(CreateAgendaEntry.builder("Instalação da fibra; levar o roteador novo")
                .accountId(clienteId).cardId(fibra.id()).typeId(visitTypeId)
                .schedule(new Schedule.AtTime(LocalDateTime.of(2026, 3, 5, 14, 30)))
                .build());                                                    // user: the actor; no recurrence
        joao.agenda().create(CreateAgendaEntry.builder("Ligação de revisão").accountId(clienteId).typeId(callTypeId)
                .schedule(new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 31)))
                .recurrence(new Recurrence(RecurrenceUnit.MONTHS, 1, null, 12))   // monthly, twelve times
                .build());

        TaskList tasks = joao.agenda().tasks(UserId.of("joao"));              // overdue, today, later, unscheduled
        AgendaConclusion done = joao.agenda().conclude(new AgendaEntryAt(visit.id(), visit.version()));
        done.nextOccurrence();                                                // a recurring entry schedules its next one
        joao.agenda().delete(new DeleteAgendaEntries(List.of(oldId1, oldId2)));   // permanent, all or none
        // end::agenda[]
        return done;
    }

    /**
     * The rules snippet: a host's billing reports an overdue balance, and a rule run turns it into a reminder.
     *
     * @param store a store holding tenant {@code acme} and its customers
     * @param billing the host's billing: its overdue balances per tenant and day
     * @return what the run created
     */
    public static RuleRun rules(CrmStore store, Billing billing) {
        // tag::rules[]
        Crm crm = Crm.builder().store(store)
                .balanceSource((tenantId, today) -> billing.overdueBalances(tenantId.value(), today))   // your billing
                .build();
        RuleRun run = crm.agendaRules().run(TenantId.of("acme"), crm.clock().instant());
        run.created();          // per rule: STAGNANT_CARD, CONTRACT_EXPIRING, PERIODIC_CALL, PAYMENT_REMINDER
        // end::rules[]
        return run;
    }

    /** A host's billing system, as the rules snippet uses it. */
    public interface Billing {

        /**
         * @param tenant the tenant's id
         * @param today the tenant's day
         * @return the tenant's overdue balances that day
         */
        List<dev.crmkit.agenda.OverdueBalance> overdueBalances(String tenant, LocalDate today);
    }

    /**
     * The statistics snippet, for {@code joao} of {@link #pipelines(Crm)}; the export goes to {@code target}.
     *
     * @param crm a {@code Crm} after {@link #pipelines(Crm)}
     * @return the export's path
     * @throws IOException when the export cannot be written
     */
    public static Path statistics(Crm crm) throws IOException {
        CrmSession joao = crm.as(Actor.of("acme", "joao"));
        Pipeline vendas = joao.pipelines().list().get(0);
        Files.createDirectories(Path.of("target"));
        // tag::statistics[]
        AgendaStatistics stats = joao.reports().agenda(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        stats.byType().forEach(c -> System.out.println(c.label() + ": " + c.count()));
        try (OutputStream out = Files.newOutputStream(Path.of("target", "agenda-marco.xlsx"))) {
            new StatisticsExport(Locale.forLanguageTag("pt-BR"))
                    .writeXlsx(joao.reports().agendaListing(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), out);
        }                                                                     // or writeCsv(...)
        PipelineStatistics figures = joao.reports().pipeline(vendas.id());
        // end::statistics[]
        return Path.of("target", "agenda-marco.xlsx");
    }

    /**
     * The events snippet, on a store whose tenant {@code acme} has two parked events.
     *
     * @param store the store
     * @param bus the host's message bus
     * @param metrics the host's metrics
     * @param fixedId a parked event the host retries
     * @param poisonId a parked event the host discards
     * @return how many events the snippet's retry put back in line
     */
    public static int events(CrmStore store, Bus bus, Metrics metrics, EventId fixedId, EventId poisonId) {
        Logger log = LoggerFactory.getLogger(ReadmeSnippets.class);
        // tag::events[]
        Crm crm = Crm.builder().store(store).eventPublisher(bus::send)
                .eventRetryPolicy(new EventRetryPolicy(10, Duration.ofSeconds(1), Duration.ofMinutes(5)))   // the default
                .build();

        EventSweep sweep = crm.events().sweep();           // every minute, from your scheduler (or crm.relayEvents())
        metrics.gauge("crm.events.parked", sweep.parked()); // parked events of every tenant: alert on it

        TenantId acme = TenantId.of("acme");
        EventBacklog backlog = crm.events().backlog(acme);  // waiting and parked events of one tenant
        for (ParkedEvent parked : crm.events().parked(acme, 100)) {      // oldest first, with what your publisher threw
            log.warn("{} refused {} times: {}", parked.event().meta().eventId(), parked.attempts(), parked.failure());
        }
        int retried = crm.events().retry(acme, List.of(fixedId));   // back in line with a fresh budget, relayed now
        crm.events().discard(acme, List.of(poisonId));      // never delivered; its aggregate's later events go on
        // end::events[]
        return retried;
    }

    /** The host's message bus, as the snippets use it. */
    public interface Bus {

        /** @param event a committed event to send on */
        void send(DomainEvent event);
    }

    /** The host's metrics, as the events snippet uses it. */
    public interface Metrics {

        /**
         * @param name the gauge's name
         * @param value its value
         */
        void gauge(String name, long value);
    }

    /**
     * The JPA adapter on the host's {@code DataSource}.
     *
     * @param dataSource the host's pool
     * @param bus the host's message bus
     * @return the tenants the store holds after the host's work
     */
    public static boolean jpa(DataSource dataSource, Bus bus) {
        boolean found;
        // tag::jpa[]
        JpaCrmStore.migrate(dataSource);                          // creates or upgrades CRM Kit's tables; run it at every start
        JpaCrmStore store = JpaCrmStore.fromDataSource(dataSource);
        Crm crm = Crm.builder().store(store).clock(Clock.systemUTC()).eventPublisher(bus::send).build();
        found = crm.tenants().find(TenantId.of("acme")).isPresent();   // ... your calls
        store.close();                                            // releases Hibernate (not your pool)
        // end::jpa[]
        return found;
    }

    /**
     * A store joining the host's own transactions.
     *
     * @param dataSource the host's pool
     * @param myTransactions the host's own transaction handling
     * @return the store
     */
    public static JpaCrmStore hostTransactions(DataSource dataSource, MyTransactions myTransactions) {
        // tag::host-transactions[]
        HostTransactions mine = () -> myTransactions.current().map(tx -> new HostTransactions.Joined() {
            public Connection connection() { return tx.connection(); }
            public void afterCommit(Runnable action) { tx.onCommit(action); }
        });
        JpaCrmStore store = JpaCrmStore.fromDataSource(dataSource, mine);
        // end::host-transactions[]
        return store;
    }

    /** A host's own transaction handling, as the host-transactions snippet uses it. */
    public interface MyTransactions {

        /** @return the calling thread's transaction, if it holds one */
        Optional<MyTransaction> current();
    }

    /** One of the host's transactions. */
    public interface MyTransaction {

        /** @return its JDBC connection */
        Connection connection();

        /** @param action what to run once it committed */
        void onCommit(Runnable action);
    }
}
