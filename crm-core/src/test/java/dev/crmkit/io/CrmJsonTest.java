package dev.crmkit.io;

import dev.crmkit.segment.Segment;
import dev.crmkit.event.SegmentEvent;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.SegmentId;
import dev.crmkit.account.ProspectState;
import dev.crmkit.account.OpenCardFilter;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.AccountQuery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.CreateUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.Address;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.PersonKind;
import dev.crmkit.account.TaxId;
import dev.crmkit.account.TaxIdWarning;
import dev.crmkit.agenda.AgendaRule;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseComment;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.JsonException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.common.Violation;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.event.AccountEvent;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.event.AgendaSettingsEvent;
import dev.crmkit.event.CardEvent;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.event.CaseSettingsEvent;
import dev.crmkit.event.CatalogEvent;
import dev.crmkit.event.ContactEvent;
import dev.crmkit.event.DocumentEvent;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.event.EventMeta;
import dev.crmkit.event.PipelineEvent;
import dev.crmkit.event.PriceListEvent;
import dev.crmkit.event.DiscountEvent;
import dev.crmkit.event.ProductEvent;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.event.OrderEvent;
import dev.crmkit.common.OrderId;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.common.QuoteId;
import dev.crmkit.event.RelationshipEvent;
import dev.crmkit.event.TenantEvent;
import dev.crmkit.event.UserEvent;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.UpdateCard;
import dev.crmkit.spi.StoredRecords;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class CrmJsonTest {

    private static final CaseId CASE = CaseId.newId();
    private static final EventMeta META = new EventMeta(
            EventId.newId(), TenantId.of("acme"), UserId.of("ana"), Instant.parse("2026-03-02T12:00:00.123456Z"));
    private static final AccountId ACCOUNT = AccountId.newId();
    private static final PipelineId PIPELINE = PipelineId.newId();
    private static final CardId CARD = CardId.newId();
    private static final AgendaEntryId ENTRY = AgendaEntryId.newId();
    /** A query with every filter set, as a segment keeps it. */
    private static final AccountQuery FULL_QUERY = AccountQuery.builder()
            .classifications(Classification.PROSPECT, Classification.LEAD).statuses(AccountStatus.ACTIVE)
            .responsibles(UserId.of("ana")).salespeople(UserId.of("bia"))
            .characteristic(CatalogEntryId.newId(), "Large").interests(CatalogEntryId.newId())
            .disinterests(CatalogEntryId.newId()).place("São Paulo", "SP", "BR").text("fibra")
            .createdBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"))
            .customerTypes(CatalogEntryId.newId()).priorities(CatalogEntryId.newId())
            .economicActivities(CatalogEntryId.newId()).priceLists(CatalogEntryId.newId())
            .personKinds(PersonKind.LEGAL).creditTerms(CreditTerms.CREDIT).supplier(false).taxable(true)
            .openCard(new OpenCardFilter(Set.of(PipelineId.newId()), Set.of(StageId.newId()))).openCase(true)
            .prospectStates(ProspectState.ABANDONED).sort(AccountSort.UPDATED, SortDirection.DESC).pageSize(25).build();

    private static final List<FieldChange> CHANGES = List.of(new FieldChange("name", "Old", "New"), new FieldChange("team", null, "x"));

    /** One sample per event record; the completeness test below fails when a new event has none. */
    private static final List<DomainEvent> SAMPLES = List.of(
            new TenantEvent.TenantCreated(META, TenantId.of("acme"), "ACME"),
            new TenantEvent.TenantUpdated(META, TenantId.of("acme"), CHANGES),
            new UserEvent.UserCreated(META, UserId.of("bia"), "Bia", CatalogEntryId.newId(), AccessScope.TEAM, true),
            new UserEvent.UserUpdated(META, UserId.of("bia"), CHANGES),
            new CatalogEvent.CatalogEntryCreated(META, CatalogEntryId.newId(), CatalogKind.TEAM, "Sales"),
            new CatalogEvent.CatalogEntryChanged(META, CatalogEntryId.newId(), CatalogKind.PRIORITY, CHANGES),
            new CatalogEvent.CatalogEntryDeleted(META, CatalogEntryId.newId(), CatalogKind.PRICE_LIST, "Retail"),
            new AccountEvent.AccountCreated(META, ACCOUNT, "ACME Ltda", Classification.LEAD, Set.of(UserId.of("ana"))),
            new AccountEvent.AccountUpdated(META, ACCOUNT, CHANGES),
            new AccountEvent.AccountClassified(META, ACCOUNT, Classification.PROSPECT, Classification.CUSTOMER),
            new AccountEvent.ResponsiblesChanged(META, ACCOUNT, Set.of(UserId.of("bia")), Set.of(UserId.of("ana"))),
            new AccountEvent.CharacteristicChanged(META, ACCOUNT, CatalogEntryId.newId(), null, "Telecom"),
            new AccountEvent.InterestChanged(META, ACCOUNT, CatalogEntryId.newId(), InterestKind.DISINTEREST, "too expensive"),
            new AccountEvent.AccountDeleted(META, ACCOUNT, "ACME Ltda"),
            new ContactEvent.ContactAdded(META, ContactId.newId(), ACCOUNT, "João"),
            new ContactEvent.ContactUpdated(META, ContactId.newId(), ACCOUNT, "João", CHANGES),
            new ContactEvent.ContactRemoved(META, ContactId.newId(), ACCOUNT, "João"),
            new RelationshipEvent.RelationshipCreated(META, RelationshipId.newId(), ACCOUNT, AccountId.newId(),
                    CatalogEntryId.newId(), "holding"),
            new RelationshipEvent.RelationshipRemoved(META, RelationshipId.newId(), ACCOUNT, AccountId.newId(),
                    CatalogEntryId.newId()),
            new DocumentEvent.DocumentAttached(META, DocumentId.newId(), ACCOUNT, DocumentKind.CONTRACT, "Contrato 2026",
                    "application/pdf", 1234, "ab".repeat(32)),
            new DocumentEvent.DocumentUpdated(META, DocumentId.newId(), ACCOUNT, CHANGES),
            new DocumentEvent.DocumentRemoved(META, DocumentId.newId(), ACCOUNT, "Contrato 2026"),
            new PipelineEvent.PipelineCreated(META, PIPELINE, "Vendas", CHANGES),
            new PipelineEvent.PipelineChanged(META, PIPELINE, CHANGES),
            new PipelineEvent.PipelineDeleted(META, PIPELINE, "Vendas"),
            new CardEvent.CardCreated(META, PIPELINE, CARD, ACCOUNT, "Fibra 1 Gbps", StageId.newId(), CHANGES),
            new CardEvent.CardUpdated(META, PIPELINE, CARD, null, "Fibra 1 Gbps", CHANGES),
            new CardEvent.CardMoved(META, PIPELINE, CARD, ACCOUNT, "Fibra 1 Gbps", StageId.newId(), StageId.newId(), CHANGES),
            new CardEvent.CardOutcomeChanged(META, PIPELINE, CARD, ACCOUNT, "Fibra 1 Gbps", CardEvent.Outcome.LOST, CHANGES),
            new CardEvent.CardDeleted(META, PIPELINE, CARD, ACCOUNT, "Fibra 1 Gbps", true),
            new AgendaEvent.AgendaEntryCreated(META, ENTRY, ACCOUNT, ContactId.newId(), CARD, CatalogEntryId.newId(),
                    UserId.of("bia"), LocalDate.of(2026, 3, 2), LocalTime.of(9, 30), "Visita técnica", AgendaRule.PERIODIC_CALL),
            new AgendaEvent.AgendaEntryEdited(META, ENTRY, ACCOUNT, "Visita técnica", CHANGES),
            new AgendaEvent.AgendaEntryConcluded(META, ENTRY, ACCOUNT, "Visita técnica"),
            new AgendaEvent.AgendaEntryReopened(META, ENTRY, ACCOUNT, "Visita técnica"),
            new AgendaEvent.AgendaEntryDeleted(META, ENTRY, ACCOUNT, "Visita técnica"),
            new AgendaEvent.InterventionDispatched(META, ENTRY, ACCOUNT, dev.crmkit.common.CaseId.newId(), UserId.of("ana"),
                    java.time.LocalDate.of(2030, 3, 4), java.time.LocalTime.of(9, 0), "Troca da antena"),
            new AgendaEvent.InterventionDispatched(META, ENTRY, ACCOUNT, null, UserId.of("ana"), java.time.LocalDate.of(2030, 3, 4),
                    null, "Troca da antena"),
            new AgendaEvent.InterventionConcluded(META, ENTRY, ACCOUNT, dev.crmkit.common.CaseId.newId(), "Troca da antena",
                    "Antena trocada", List.of(dev.crmkit.common.DocumentId.newId()), "NF-77"),
            new AgendaEvent.AgendaAttachmentChanged(META, ENTRY, ACCOUNT, "Troca da antena", dev.crmkit.common.DocumentId.newId(),
                    "foto.jpg", false),
            new AgendaSettingsEvent.AgendaSettingsChanged(META, TenantId.of("acme"), CHANGES),
            new ProductEvent.ProductCreated(META, ProductId.newId(), "FIB-1G", "Fibra 1 Gbps"),
            new SegmentEvent.SegmentCreated(META, SegmentId.newId(), UserId.of("ana"), "Prospects", true, FULL_QUERY),
            new SegmentEvent.SegmentUpdated(META, SegmentId.newId(), "Prospects", FULL_QUERY, CHANGES),
            new SegmentEvent.SegmentDeleted(META, SegmentId.newId(), "Prospects"),
            new ProductEvent.ProductUpdated(META, ProductId.newId(), "FIB-1G", CHANGES),
            new PriceListEvent.PriceListCurrencySet(META, CatalogEntryId.newId(), Currency.getInstance("BRL")),
            new PriceListEvent.ProductPriceSet(META, CatalogEntryId.newId(), ProductPriceId.newId(), ProductId.newId(),
                    new BigDecimal("99.90"), LocalDate.of(2026, 1, 1), null),
            new PriceListEvent.ProductPriceEnded(META, CatalogEntryId.newId(), ProductPriceId.newId(), ProductId.newId(),
                    LocalDate.of(2026, 2, 28)),
            new PriceListEvent.ProductPriceRemoved(META, CatalogEntryId.newId(), ProductPriceId.newId(), ProductId.newId()),
            new QuoteEvent.QuoteCreated(META, QuoteId.newId(), ACCOUNT, "Q-000001", Currency.getInstance("BRL"),
                    new BigDecimal("493.45")),
            new QuoteEvent.QuoteEdited(META, QuoteId.newId(), ACCOUNT, "Q-000001", 1, CHANGES),
            new QuoteEvent.QuoteRevised(META, QuoteId.newId(), ACCOUNT, "Q-000001", 2, CHANGES),
            new QuoteEvent.QuoteStatusChanged(META, QuoteId.newId(), ACCOUNT, "Q-000001", QuoteStatus.DRAFT,
                    QuoteStatus.SENT),
            new QuoteEvent.QuoteDiscountApprovalRequested(META, QuoteId.newId(), ACCOUNT, "Q-000001", 1,
                    new BigDecimal("12.5"), new BigDecimal("10.00")),
            new QuoteEvent.QuoteDiscountApproved(META, QuoteId.newId(), ACCOUNT, "Q-000001", 1),
            new QuoteEvent.QuoteDiscountRejected(META, QuoteId.newId(), ACCOUNT, "Q-000001", 2),
            new DiscountEvent.DiscountPolicyCreated(META, DiscountPolicyId.newId(), "Fidelidade", new BigDecimal("5.00")),
            new DiscountEvent.DiscountPolicyUpdated(META, DiscountPolicyId.newId(), "Fidelidade", CHANGES),
            new DiscountEvent.DiscountPolicyDeleted(META, DiscountPolicyId.newId(), "Fidelidade"),
            new DiscountEvent.DiscountLimitSet(META, "user:ana", new BigDecimal("7.50")),
            new OrderEvent.OrderPlaced(META, OrderId.newId(), ACCOUNT, "Q-000001-P", QuoteId.newId(), ProductRoute.PRODUCTION,
                    Currency.getInstance("BRL"), new BigDecimal("2500.00")),
            new OrderEvent.OrderProgressed(META, OrderId.newId(), ACCOUNT, "Q-000001-P", OrderStatus.DELIVERED,
                    OrderStatus.INVOICED, "NF-2026-0042"),
            new CaseEvent.CaseOpened(META, CASE, ACCOUNT, 12L, "Sem sinal", CHANGES),
            new CaseEvent.CaseUpdated(META, CASE, ACCOUNT, 12L, "Sem sinal", CHANGES),
            new CaseEvent.CaseStatusChanged(META, CASE, ACCOUNT, 12L, "Sem sinal", CaseStatus.OPEN, CaseStatus.RESOLVED),
            new CaseEvent.CaseCommented(META, CASE, ACCOUNT, 12L, "Sem sinal", CommentId.newId(), true, "Verificar a torre"),
            new CaseEvent.CaseAttachmentChanged(META, CASE, ACCOUNT, 12L, "Sem sinal", DocumentId.newId(), "foto.jpg", false),
            new CaseSettingsEvent.CaseSettingsChanged(META, CHANGES),
            new CaseSettingsEvent.SlaSettingsChanged(META, CHANGES),
            new dev.crmkit.event.ConsentEvent.ConsentRecorded(META, ACCOUNT, ContactId.newId(),
                    dev.crmkit.consent.ConsentChannel.EMAIL, dev.crmkit.consent.ConsentState.WITHDRAWN, "opt-out link"),
            new dev.crmkit.event.ConsentEvent.ConsentSettingsChanged(META, CHANGES),
            new dev.crmkit.event.MessageEvent.MessageLogged(META, dev.crmkit.common.MessageId.newId(), ACCOUNT,
                    ContactId.newId(), dev.crmkit.message.MessageDirection.INBOUND, dev.crmkit.message.MessageChannel.EMAIL,
                    "Pedido de orçamento"),
            new dev.crmkit.event.MessageEvent.MessageLogged(META, dev.crmkit.common.MessageId.newId(), ACCOUNT, null,
                    dev.crmkit.message.MessageDirection.OUTBOUND, dev.crmkit.message.MessageChannel.CALL, null),
            new dev.crmkit.event.MessageEvent.MessageArchived(META, dev.crmkit.common.MessageId.newId(), ACCOUNT, "Assunto"),
            new dev.crmkit.event.MessageEvent.MessageUnarchived(META, dev.crmkit.common.MessageId.newId(), ACCOUNT, null),
            new dev.crmkit.event.SurveyEvent.SurveyIssued(META, dev.crmkit.common.CaseId.newId(), ACCOUNT, 7, "acme.tok3n",
                    java.time.Instant.parse("2026-04-01T12:00:00Z")),
            new dev.crmkit.event.SurveyEvent.SurveyAnswered(META, dev.crmkit.common.CaseId.newId(), ACCOUNT, 7, 4, 9, "Rápido"),
            new dev.crmkit.event.SurveyEvent.SurveyAnswered(META, dev.crmkit.common.CaseId.newId(), ACCOUNT, 7, 1, null, null),
            new dev.crmkit.event.CampaignEvent.CampaignCreated(META, dev.crmkit.common.CampaignId.newId(), "March news",
                    dev.crmkit.campaign.CampaignKind.NEWSLETTER, dev.crmkit.campaign.CampaignPeriod.of(
                            java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 31)), UserId.of("ana"),
                    dev.crmkit.campaign.CampaignTarget.recipients(List.of(dev.crmkit.campaign.CampaignRecipient.account(ACCOUNT),
                            dev.crmkit.campaign.CampaignRecipient.contact(ACCOUNT, ContactId.newId())))),
            new dev.crmkit.event.CampaignEvent.CampaignCreated(META, dev.crmkit.common.CampaignId.newId(), "Visits",
                    dev.crmkit.campaign.CampaignKind.VISITS, dev.crmkit.campaign.CampaignPeriod.of(
                            java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 6)), UserId.of("ana"),
                    dev.crmkit.campaign.CampaignTarget.segment(SegmentId.newId())),
            new dev.crmkit.event.CampaignEvent.CampaignUpdated(META, dev.crmkit.common.CampaignId.newId(), "March news", CHANGES),
            new dev.crmkit.event.CampaignEvent.CampaignLaunched(META, dev.crmkit.common.CampaignId.newId(), "March news",
                    dev.crmkit.campaign.CampaignKind.OFFER, 100_000, 1_234),
            new dev.crmkit.event.CampaignEvent.CampaignCompleted(META, dev.crmkit.common.CampaignId.newId(), "March news"),
            new dev.crmkit.event.CampaignEvent.CampaignCancelled(META, dev.crmkit.common.CampaignId.newId(), "March news"),
            new dev.crmkit.event.CampaignEvent.CampaignMessageQueued(META, dev.crmkit.common.CampaignId.newId(),
                    dev.crmkit.common.CampaignMemberId.newId(), ACCOUNT, ContactId.newId()),
            new dev.crmkit.event.CampaignEvent.CampaignMemberReported(META, dev.crmkit.common.CampaignId.newId(),
                    dev.crmkit.common.CampaignMemberId.newId(), ACCOUNT, dev.crmkit.campaign.MemberOutcome.OPTED_OUT));

    private final CrmJson json = new CrmJson();

    @Test
    void givenAVisitPlanAnOfferAndATarget_whenWrittenAndRead_thenTheyRoundTripAsACampaignStoresThem() {
        List<Object> values = List.of(new dev.crmkit.campaign.VisitPlan.ByTeam(List.of(UserId.of("ana"), UserId.of("bob")), 6),
                new dev.crmkit.campaign.VisitPlan.ByResponsible(4),
                new dev.crmkit.campaign.OfferQuotes(java.util.Map.of(dev.crmkit.common.CatalogEntryId.newId(),
                        dev.crmkit.common.QuoteId.newId()), dev.crmkit.common.QuoteId.newId()),
                dev.crmkit.campaign.OfferQuotes.perMember(new dev.crmkit.campaign.QuotePerMember(List.of(
                        dev.crmkit.quote.QuoteLineInput.product(dev.crmkit.common.ProductId.newId(), new java.math.BigDecimal("2.5")),
                        dev.crmkit.quote.QuoteLineInput.text("Instalação", java.math.BigDecimal.ONE, new java.math.BigDecimal("150.00"))
                                .withDiscount(java.math.BigDecimal.TEN)),
                        java.util.Currency.getInstance("BRL"), 15, "Fibra em março")),
                dev.crmkit.campaign.OfferQuotes.perMember(dev.crmkit.campaign.QuotePerMember.of(
                        dev.crmkit.quote.QuoteLineInput.product(dev.crmkit.common.ProductId.newId(), java.math.BigDecimal.ONE))),
                dev.crmkit.campaign.CampaignTarget.segment(SegmentId.newId()));
        for (Object value : values) {
            Class<?> type = value instanceof dev.crmkit.campaign.VisitPlan ? dev.crmkit.campaign.VisitPlan.class
                    : value instanceof dev.crmkit.campaign.CampaignTarget ? dev.crmkit.campaign.CampaignTarget.class
                    : value.getClass();
            assertThat(json.read(json.write(value), type)).isEqualTo(value);
        }
    }

    @Test
    void givenEveryEventRecord_whenWrittenAndRead_thenItRoundTripsWithItsTypeName() {
        for (DomainEvent event : SAMPLES) {
            String text = json.writeEvent(event);

            assertThat(text).contains("\"type\":\"" + event.getClass().getSimpleName() + "\"");
            assertThat(json.readEvent(text)).isEqualTo(event);
        }
    }

    @Test
    void givenTheSealedHierarchy_whenSamplesAreListed_thenEveryLeafHasOne() {
        Set<Class<?>> sampled = SAMPLES.stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(leaves(DomainEvent.class));
    }

    @Test
    void givenACommandAsJson_whenRead_thenIdsLocalesAndZonesAreParsed() {
        CreateTenant command = json.readCommand("""
                {"tenantId":"acme","name":"ACME","timeZone":"America/Sao_Paulo","defaultLocale":"pt-BR",
                 "otherClassificationName":"Parceiro","adminUserId":"ana","adminDisplayName":"Ana"}""",
                CreateTenant.class, Locale.ENGLISH);

        assertThat(command).isEqualTo(new CreateTenant(TenantId.of("acme"), "ACME", ZoneId.of("America/Sao_Paulo"),
                Locale.forLanguageTag("pt-BR"), "Parceiro", UserId.of("ana"), "Ana"));
        assertThat(json.readCommand(json.write(command), CreateTenant.class, Locale.ENGLISH)).isEqualTo(command);
    }

    @Test
    void givenAnAccountAsJson_whenRead_thenTheTaxIdIsFoldedAndTheWarningAcceptedOnlyWhenSaidSo() {
        String details = """
                "details":{"personKind":"LEGAL","legalName":"Comercial Andina","taxId":{"country":"ec","number":"0190115799\u2011001"}}""";

        CreateAccount accepting = json.readCommand("{" + details + ",\"acceptTaxIdWarning\":true}", CreateAccount.class, Locale.ENGLISH);
        CreateAccount silent = json.readCommand("{" + details + "}", CreateAccount.class, Locale.ENGLISH);

        assertThat(accepting.acceptTaxIdWarning()).isTrue();
        assertThat(silent.acceptTaxIdWarning()).isFalse();
        assertThat(silent.details().taxId()).isEqualTo(TaxId.of("EC", "0190115799001"));
        assertThat(silent.details().taxId().warning()).contains(TaxIdWarning.UNVERIFIED_CHECK_DIGIT);
    }

    @Test
    void givenAnAgendaEntryAsJson_whenRead_thenItsScheduleAndRecurrenceAreTyped() {
        AccountId account = AccountId.newId();
        CreateAgendaEntry command = json.readCommand("""
                {"accountId":"%s","description":"Visita técnica","schedule":{"type":"AtTime","at":"2026-03-05T14:30:00"},
                 "recurrence":{"unit":"WEEKS","every":2,"count":4}}""".formatted(account), CreateAgendaEntry.class, Locale.ENGLISH);
        CreateAgendaEntry anyTime = new CreateAgendaEntry(account, null, null, null, "Ligação",
                new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 6)), null, null);

        assertThat(command).isEqualTo(new CreateAgendaEntry(account, null, null, null, "Visita técnica",
                new Schedule.AtTime(LocalDateTime.of(2026, 3, 5, 14, 30)), null, new Recurrence(RecurrenceUnit.WEEKS, 2, null, 4)));
        assertThat(json.write(anyTime)).contains("\"type\":\"AnyTimeOn\"");
        assertThat(json.readCommand(json.write(anyTime), CreateAgendaEntry.class, Locale.ENGLISH)).isEqualTo(anyTime);
    }

    @Test
    void givenABadEnumText_whenRead_thenTheFieldIsNamedWithTheAllowedValuesInTheCallersLocale() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> json.readCommand(
                "{\"userId\":\"bob\",\"displayName\":\"Bob\",\"scope\":\"EVERYTHING\"}", CreateUser.class,
                Locale.forLanguageTag("es")));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("scope", "InvalidValue"));
        assertThat(e.violations().get(0).message())
                .isEqualTo("\"EVERYTHING\" no es un valor válido (se esperaba uno de: PORTFOLIO, TEAM, ALL)");
        assertThat(e.command()).isEqualTo("CreateUser");
    }

    @Test
    void givenAnUnknownFieldOrMalformedJson_whenRead_thenItIsNamed() {
        InvalidCommandException unknown = catchThrowableOfType(InvalidCommandException.class,
                () -> json.readCommand("{\"userId\":\"bob\",\"role\":\"boss\"}", CreateUser.class, Locale.ENGLISH));
        InvalidCommandException malformed = catchThrowableOfType(InvalidCommandException.class,
                () -> json.readCommand("{\"userId\":", CreateUser.class, Locale.ENGLISH));

        assertThat(unknown.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("role", "UnknownField"));
        assertThat(malformed.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("command", "MalformedJson"));
    }

    @Test
    void givenNinetyBytesOfJsonWithAHugeExponent_whenReadAsACommand_thenTheMoneyIsRefusedBeforeAnyArithmetic() {
        String json = "{\"pipelineId\":\"" + PIPELINE + "\",\"name\":\"x\",\"value\":{\"amount\":1e9999999,\"currency\":\"BRL\"}}";

        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class,
                () -> this.json.readCommand(json, CreateCard.class, Locale.ENGLISH));

        assertThat(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThan(120);
        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("value", "Digits"));
    }

    @Test
    void givenANumberOfAThousandDigits_whenRead_thenTheParserRefusesItNamingTheField() {
        String longNumber = "{\"pipelineId\":\"" + PIPELINE + "\",\"name\":\"x\",\"value\":{\"amount\":" + "9".repeat(1_000)
                + ",\"currency\":\"BRL\"}}";

        InvalidCommandException number = catchThrowableOfType(InvalidCommandException.class,
                () -> json.readCommand(longNumber, CreateCard.class, Locale.ENGLISH));

        assertThat(number.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("value", "InvalidValue"));
        assertThat(number.violations().get(0).message()).contains("Number value length");
    }

    @Test
    void givenAMalformedIdInsideAList_whenRead_thenThePathPointsAtIt() {
        InvalidCommandException e = catchThrowableOfType(InvalidCommandException.class, () -> json.readCommand(
                "{\"events\":[\"" + EventId.newId() + "\",\"nope\"]}", IdList.class, Locale.ENGLISH));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("events[1]", "InvalidFormat"));
    }

    record IdList(List<EventId> events) {}

    private static List<Class<?>> leaves(Class<?> type) {
        List<Class<?>> leaves = new ArrayList<>();
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                leaves.addAll(leaves(sub));
            }
        } else {
            leaves.add(type);
        }
        return leaves;
    }

    @Test
    void givenACard_whenWrittenAndReadAsAnUpdateCard_thenTheFieldsWhoseNamesMatchComeThrough() {
        LabelId hot = LabelId.newId();
        Card card = StoredRecords.card().id(CARD).pipelineId(PIPELINE).stageId(StageId.newId()).position("m").name("Fibra 1 Gbps")
                .description("Cliente pediu desconto").labels(Set.of(hot)).members(Set.of(UserId.of("joao")))
                .salespersonId(UserId.of("joao")).value(Money.of("4500", "BRL")).expectedCloseDate(LocalDate.of(2026, 4, 30))
                .accountId(ACCOUNT).createdBy(UserId.of("ana")).createdAt(META.occurredAt()).updatedAt(META.occurredAt())
                .version(Version.of(3)).build();

        UpdateCard update = json.read(json.write(card), UpdateCard.class);

        assertThat(update).isEqualTo(new UpdateCard(null, "Fibra 1 Gbps", "Cliente pediu desconto", Set.of(hot),
                Set.of(UserId.of("joao")), UserId.of("joao"), Money.of("4500", "BRL"), LocalDate.of(2026, 4, 30), ACCOUNT,
                null));
    }

    @Test
    void givenAValueJacksonCannotWriteOrTextItCannotRead_whenTried_thenAJsonExceptionNamesTheTypeAndPath() {
        JsonException write = catchThrowableOfType(JsonException.class, () -> json.write(new Object()));
        JsonException read = catchThrowableOfType(JsonException.class,
                () -> json.read("{\"id\":\"not-a-uuid\"}", Card.class));
        JsonException malformed = catchThrowableOfType(JsonException.class, () -> json.read("{", Page.class));

        assertThat(write.code()).isEqualTo(JsonException.WRITE);
        assertThat(write.type()).isEqualTo("Object");
        assertThat(read.code()).isEqualTo(JsonException.READ);
        assertThat(read.field()).contains("id");
        assertThat(read.getMessage()).startsWith("Cannot read Card from JSON");
        assertThat(malformed).isInstanceOf(CrmException.class);
        assertThat(catchThrowableOfType(JsonException.class, () -> json.readEvent("[]")).code()).isEqualTo(JsonException.READ);
    }

    @Test
    void givenAHostsOwnObjectMapper_whenTheModuleIsRegistered_thenAggregatesAndPagesRoundTrip() throws Exception {
        // A host's mapper as it comes (dates as numbers, unknown fields refused): the module brings what it needs.
        ObjectMapper host = new ObjectMapper().registerModule(new CrmJacksonModule());
        Account account = Account.create(Classification.LEAD, new AccountDetails(PersonKind.LEGAL, "ACME Ltda", "ACME",
                        TaxId.of("BR", "11.222.333/0001-81"), "Ana", List.of("ana@acme.com"), List.of(), null, null,
                        Address.ofCity("Campinas", "SP", "BR"), null, null, null, false),
                Set.of(UserId.of("ana")), UserId.of("ana"), META.occurredAt());
        Page<Account> page = new Page<>(List.of(account), "cursor", 1L);

        String text = host.writeValueAsString(page);
        Page<Account> back = host.readValue(text, new TypeReference<Page<Account>>() {});

        assertThat(back).usingRecursiveComparison().isEqualTo(page);
        Page<Account> read = json.read(json.write(page), new TypeReference<Page<Account>>() {}.getType());
        assertThat((Object) read).usingRecursiveComparison().isEqualTo(page);
    }

    @Test
    void givenAServiceCase_whenWrittenAndRead_thenItRoundTripsWithItsCommentsAttachmentsAndDates() {
        ServiceCase serviceCase = StoredRecords.serviceCase(CASE, 12L, ACCOUNT,
                CaseDetails.builder("Sem sinal", CaseChannel.PHONE).description("Desde ontem").priorityId(CatalogEntryId.newId())
                        .assigneeId(UserId.of("ana")).build(),
                CaseStatus.CLOSED, UserId.of("joao"), META.occurredAt(), META.occurredAt().plusSeconds(60),
                META.occurredAt().plusSeconds(30), META.occurredAt().plusSeconds(60),
                List.of(CaseComment.builder(CommentId.newId(), "Verificar a torre", UserId.of("ana"), META.occurredAt())
                        .internal(true).build()),
                List.of(new Attachment(DocumentId.newId(), "foto.jpg", "image/jpeg", 10, "ab".repeat(32), UserId.of("ana"),
                        META.occurredAt())),
                new dev.crmkit.casework.SlaTimes(java.time.Duration.ofHours(4), META.occurredAt().plusSeconds(7200),
                        META.occurredAt().plusSeconds(3600), META.occurredAt().plusSeconds(20)),
                new dev.crmkit.casework.SlaTimes(null, null, null, META.occurredAt().plusSeconds(30)),
                List.of(new dev.crmkit.casework.ClockPause(META.occurredAt().plusSeconds(5), META.occurredAt().plusSeconds(10))),
                dev.crmkit.common.Version.FIRST);

        ServiceCase back = json.read(json.write(serviceCase), ServiceCase.class);

        assertThat(back).isEqualTo(serviceCase);
    }

    @Test
    void givenAQueryWithEveryFilter_whenWrittenAndRead_thenItRoundTripsAndASegmentHoldingItToo() {
        AccountQuery back = json.read(json.write(FULL_QUERY), AccountQuery.class);
        Segment segment = StoredRecords.segment(SegmentId.newId(), UserId.of("ana"), "Abandoned prospects", true, FULL_QUERY,
                META.occurredAt(), META.occurredAt().plusSeconds(5), dev.crmkit.common.Version.FIRST);

        assertThat(back).isEqualTo(FULL_QUERY);
        assertThat(json.read(json.write(segment), Segment.class)).isEqualTo(segment);
        assertThat(json.write(FULL_QUERY)).contains("\"openCard\"", "\"prospectStates\":[\"ABANDONED\"]");
    }

    @Test
    void givenAVersionedDocument_whenRead_thenItsVersionAndValueComeBackAndAnythingElseIsRefused() {
        String document = json.writeVersioned(1, FULL_QUERY);

        assertThat(json.versionOf(document)).isEqualTo(1);
        assertThat(json.readVersioned(document, AccountQuery.class)).isEqualTo(FULL_QUERY);
        assertThat(json.versionOf(json.writeVersioned(3, FULL_QUERY))).isEqualTo(3);
        for (String bad : List.of("{}", "{\"version\":0,\"value\":{}}", "{\"version\":\"1\",\"value\":{}}",
                "{\"value\":{}}", "[1]", "not json")) {
            assertThat(catchThrowable(() -> json.readVersioned(bad, AccountQuery.class))).as(bad)
                    .isInstanceOf(dev.crmkit.common.JsonException.class);
        }
    }
}
