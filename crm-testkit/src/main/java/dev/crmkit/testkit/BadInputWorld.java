package dev.crmkit.testkit;


import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.AgendaTemplate;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.PeriodicCall;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TemplateItem;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.OrderId;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.SegmentId;
import dev.crmkit.account.Classification;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.common.StageId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.SaveBoardFilter;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.product.SetPriceListCurrency;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.Validity;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.relationship.Relationship;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;

/**
 * One tenant holding a record of every kind a use case takes the id of: catalog entries of every kind, two
 * accounts with a contact, a relationship and a document, a pipeline with two stages, a label, a card with a
 * comment and an attachment, a saved filter, an agenda entry, and agenda settings with a template. The bad-input
 * property builds two: the one it calls, whose ids make the otherwise valid arguments, and another, whose ids
 * are the "other tenant's ids" no call may reach.
 *
 * @param tenant the tenant
 * @param ids an id of every kind, by its class ({@code AccountId.class} to the first account's id)
 * @param entries the catalog entries by kind
 * @param templateName the agenda template's name
 * @param secondAccount the second account
 */
record BadInputWorld(TestTenant tenant, Map<Class<?>, Object> ids, Map<CatalogKind, CatalogEntryId> entries,
        String templateName, AccountId secondAccount) {

    /** The user that exists in the other tenant only. */
    static final UserId OTHER_ONLY = UserId.of("other-only");

    /**
     * Fills a tenant.
     *
     * @param tenant a new tenant
     * @param extraUser a user to add besides "bob", or {@code null}
     * @return the world
     */
    static BadInputWorld fill(TestTenant tenant, UserId extraUser) {
        CrmSession admin = tenant.admin();
        Map<Class<?>, Object> ids = new HashMap<>();
        Map<CatalogKind, CatalogEntryId> entries = new HashMap<>();
        CatalogEntryId team = tenant.addTeam("Sales");
        entries.put(CatalogKind.TEAM, team);
        tenant.addUser(UserTestData.aUser().withId("bob").inTeam(team).withScope(AccessScope.ALL));
        if (extraUser != null) {
            tenant.addUser(UserTestData.aUser().withId(extraUser.value()).withScope(AccessScope.ALL));
        }
        for (CatalogKind kind : List.of(CatalogKind.INTEREST_AREA, CatalogKind.AGENDA_ENTRY_TYPE, CatalogKind.CUSTOMER_TYPE,
                CatalogKind.PRIORITY, CatalogKind.ECONOMIC_ACTIVITY, CatalogKind.PRICE_LIST, CatalogKind.CASE_CATEGORY)) {
            entries.put(kind, tenant.addEntry(kind, "Entry " + kind).id());
        }
        CatalogEntry segment = admin.catalogs().createCharacteristicType(
                new CreateCharacteristicType("Segment", CharacteristicValueType.CHOICE, List.of("Retail", "Telecom")));
        entries.put(CatalogKind.CHARACTERISTIC_TYPE, segment.id());
        CatalogEntry parentOf = admin.catalogs().createRelationshipType(
                new CreateRelationshipType("parent of", "subsidiary of", true));
        entries.put(CatalogKind.RELATIONSHIP_TYPE, parentOf.id());
        ids.put(CatalogEntryId.class, entries.get(CatalogKind.PRIORITY));
        admin.priceLists().setCurrency(new SetPriceListCurrency(entries.get(CatalogKind.PRICE_LIST), Currency.getInstance("BRL"),
                Version.UNSAVED));
        Product product = admin.products().create(new CreateProduct(ProductDetails.builder("FIB-1G", "Fiber 1 Gbps").build()));
        ids.put(ProductId.class, product.id());
        ProductPrice price = admin.priceLists().setPrice(new SetProductPrice(entries.get(CatalogKind.PRICE_LIST), product.id(),
                new BigDecimal("99.90"), Validity.from(LocalDate.of(2026, 1, 1))));
        ids.put(ProductPriceId.class, price.id());

        Account first = admin.accounts().create(anAccount().named("Mercado Bom Preço").build()).account();
        Account second = admin.accounts().create(anAccount().named("Padaria Central").build()).account();
        ids.put(AccountId.class, first.id());
        Contact contact = admin.contacts().add(new AddContact(first.id(),
                new ContactDetails("Carlos Souza", "Purchasing", List.of("carlos@example.com"), List.of(), null)));
        ids.put(ContactId.class, contact.id());
        Relationship relationship = admin.relationships().create(
                new CreateRelationship(first.id(), second.id(), parentOf.id(), "branch"));
        ids.put(RelationshipId.class, relationship.id());
        Document document = admin.documents().attach(new AttachDocument(first.id(), DocumentKind.OTHER, "Notes",
                "notes.txt", "text/plain", null, null), bytes());
        ids.put(DocumentId.class, document.id());

        Pipeline pipeline = aPipeline().named("Sales").withStages("Contact", "Proposal")
                .withUsers(tenant.adminId(), UserId.of("bob")).createdBy(admin);
        admin.pipelines().addLabel(new AddLabel(pipeline.id(), "Hot", "#D73A49"));
        pipeline = admin.pipelines().get(pipeline.id());
        ids.put(PipelineId.class, pipeline.id());
        ids.put(StageId.class, pipeline.stages().get(0).id());
        ids.put(LabelId.class, pipeline.labels().get(0).id());
        Card card = admin.cards().create(new CreateCard(pipeline.id(), null, "Fiber 1 Gbps", null, null, null, null, null, null,
                first.id()));
        CommentId comment = admin.cards().addComment(new AddComment(card.id(), "Asked for a discount")).id();
        admin.cards().attach(card.id(), new AttachFile("offer.txt", "text/plain"), bytes());
        card = admin.cards().get(card.id());
        ids.put(CardId.class, card.id());
        ids.put(CommentId.class, comment);
        SavedFilter filter = admin.pipelines().saveFilter(new SaveBoardFilter(pipeline.id(), "Mine", BoardFilter.DEFAULT));
        ids.put(SavedFilterId.class, filter.id());
        Segment savedSegment = admin.segments().create(new CreateSegment("Prospects", true,
                AccountQuery.builder().classifications(Classification.PROSPECT).build()));
        ids.put(SegmentId.class, savedSegment.id());
        // A launched newsletter to the first account (skipped: no consent) for its member, and a draft for the rest.
        var period = dev.crmkit.campaign.CampaignPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
        var launched = admin.campaigns().launch(dev.crmkit.campaign.LaunchCampaign.of(admin.campaigns().create(
                new dev.crmkit.campaign.CreateCampaign("Launched news", dev.crmkit.campaign.CampaignKind.NEWSLETTER, period,
                        dev.crmkit.campaign.CampaignTarget.segment(savedSegment.id())))));
        ids.put(dev.crmkit.common.CampaignMemberId.class, admin.campaigns().members(launched.id(), null, 1).items().isEmpty()
                ? dev.crmkit.common.CampaignMemberId.newId() : admin.campaigns().members(launched.id(), null, 1).items().get(0).id());
        ids.put(dev.crmkit.common.CampaignId.class, admin.campaigns().create(new dev.crmkit.campaign.CreateCampaign("Draft news",
                dev.crmkit.campaign.CampaignKind.NEWSLETTER, period, dev.crmkit.campaign.CampaignTarget.recipients(
                        List.of(dev.crmkit.campaign.CampaignRecipient.account(first.id()))))).id());

        AgendaEntry entry = admin.agenda().create(new CreateAgendaEntry(first.id(), null, card.id(),
                entries.get(CatalogKind.AGENDA_ENTRY_TYPE), "Visit the store",
                new Schedule.AtTime(LocalDateTime.of(2026, 3, 5, 14, 30)), null, null));
        ids.put(AgendaEntryId.class, entry.id());
        AgendaSettings settings = admin.agenda().settings();
        String template = "Onboarding";
        admin.agenda().updateSettings(new UpdateAgendaSettings(settings.legacyNoonIsAnyTime(), settings.contractNoticeDays(),
                settings.followUpStagnantCards(), settings.paymentReminders(),
                List.of(new PeriodicCall(second.id(), 30, LocalDate.of(2026, 3, 10), tenant.adminId(), null)),
                List.of(new AgendaTemplate(template, List.of(new TemplateItem(null, "Welcome call", 0, LocalTime.of(10, 0)),
                        new TemplateItem(null, "First visit", 7, null)))),
                settings.version()));
        // A quote to the first account, for its contact and card, in the price list's currency (the account has no list).
        Quote quote = admin.quotes().create(CreateQuote.builder(first.id()).currency(Currency.getInstance("BRL"))
                .contact(contact.id()).card(card.id())
                .lines(QuoteLineInput.product(product.id(), BigDecimal.ONE).withUnitPrice(new BigDecimal("99.90"))).build());
        ids.put(QuoteId.class, quote.id());
        // An order of the second account, converted from an accepted quote of its own.
        Quote ordered = admin.quotes().create(CreateQuote.builder(second.id()).currency(Currency.getInstance("BRL"))
                .lines(QuoteLineInput.text("Setup", BigDecimal.ONE, BigDecimal.TEN)).build());
        ordered = admin.quotes().changeStatus(ChangeQuoteStatus.of(ordered, QuoteStatus.SENT));
        ordered = admin.quotes().changeStatus(ChangeQuoteStatus.of(ordered, QuoteStatus.ACCEPTED));
        ids.put(OrderId.class, admin.orders().convert(ConvertQuote.of(ordered)).get(0).id());
        ServiceCase serviceCase = admin.cases().open(new OpenCase(first.id(), CaseDetails.builder("No signal", CaseChannel.PHONE)
                .contactId(contact.id()).categoryId(entries.get(CatalogKind.CASE_CATEGORY))
                .priorityId(entries.get(CatalogKind.PRIORITY)).teamId(team).assigneeId(UserId.of("bob")).build()));
        admin.cases().attach(serviceCase.id(), new AttachFile("photo.txt", "text/plain"), bytes());
        ids.put(CaseId.class, serviceCase.id());
        ids.put(UserId.class, tenant.adminId());
        return new BadInputWorld(tenant, Map.copyOf(ids), Map.copyOf(entries), template, second.id());
    }

    /** @return the bytes of a small text file */
    static ByteArrayInputStream bytes() {
        return new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The id of a kind this world holds.
     *
     * @param type the id's class
     * @return the id, or {@code null} when the world holds none of the kind
     */
    Object id(Class<?> type) {
        return ids.get(type);
    }

    /** @return every catalog entry's id */
    Set<CatalogEntryId> catalogEntries() {
        return Set.copyOf(entries.values());
    }
}
