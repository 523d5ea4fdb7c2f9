package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.Address;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.campaign.Campaign;
import dev.crmkit.campaign.CampaignKind;
import dev.crmkit.campaign.CampaignMember;
import dev.crmkit.campaign.CampaignMessage;
import dev.crmkit.campaign.CampaignPeriod;
import dev.crmkit.campaign.CampaignRecipient;
import dev.crmkit.campaign.CampaignResults;
import dev.crmkit.campaign.CampaignStatus;
import dev.crmkit.campaign.CampaignTarget;
import dev.crmkit.campaign.CreateCampaign;
import dev.crmkit.campaign.EndCampaign;
import dev.crmkit.campaign.LaunchCampaign;
import dev.crmkit.campaign.MemberOutcome;
import dev.crmkit.campaign.MemberStatus;
import dev.crmkit.campaign.OfferQuotes;
import dev.crmkit.campaign.ReportMemberOutcome;
import dev.crmkit.campaign.SkipReason;
import dev.crmkit.campaign.UpdateCampaign;
import dev.crmkit.campaign.VisitPlan;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentSubject;
import dev.crmkit.consent.ContactPermission;
import dev.crmkit.consent.RecordConsent;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.CampaignEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.spi.MessageSender;
import dev.crmkit.campaign.QuotePerMember;
import dev.crmkit.common.AccountId;
import dev.crmkit.discount.DiscountScope;
import dev.crmkit.discount.DiscountTerms;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.product.CreatePriceList;
import dev.crmkit.product.CreateProduct;
import dev.crmkit.product.PriceList;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.SetProductPrice;
import dev.crmkit.product.UpdateProduct;
import dev.crmkit.product.Validity;
import dev.crmkit.quote.QuoteTax;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.TaxRequest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;

/**
 * Campaigns: the status machine and its refusals, a newsletter's launch (consent, addresses and the reasons members
 * are skipped; messages handed to the host's sender after the commit, at least once, kept once per member), offers
 * carrying a quote per category or making one per member at the launch, visits planned over a team within its capacity on working days, the host's reports
 * (an opt-out withdrawing consent), results with their attribution, and the actor's scope.
 */
public abstract class CampaignContract extends CrmKitSupport {

    /** Monday 2026-03-02 to Friday 2026-03-06 (the tenant's working week). */
    private static final CampaignPeriod WEEK = CampaignPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));

    private final HostSender sender = new HostSender();

    /** The account whose taxes the host cannot compute (a fault in the middle of a launch), or {@code null}. */
    private final java.util.concurrent.atomic.AtomicReference<AccountId> taxesFailFor =
            new java.util.concurrent.atomic.AtomicReference<>();

    @Override
    protected MessageSender messageSender() {
        return sender;
    }

    /** A tax of 10% of each product line's amount; none on free-text lines. */
    @Override
    protected TaxCalculator taxCalculator() {
        return request -> {
            if (request.accountId().equals(taxesFailFor.get())) {
                throw new IllegalStateException("tax service down");
            }
            BigDecimal products = BigDecimal.ZERO;
            for (TaxRequest.Line line : request.lines()) {
                if (line.productId() != null) {
                    products = products.add(line.amount().multiply(new BigDecimal("0.10")));
                }
            }
            return products.signum() == 0 ? List.of() : List.of(new QuoteTax("VAT", products));
        };
    }

    /** A sender as a host writes one: it keeps each member id once, and may be told to fail. */
    static final class HostSender implements MessageSender {

        final List<CampaignMessage> offered = Collections.synchronizedList(new ArrayList<>());
        final Set<CampaignMemberId> sent = Collections.synchronizedSet(new LinkedHashSet<>());
        final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public void send(CampaignMessage message) {
            offered.add(message);
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("mail server down");
            }
            sent.add(message.member().id());
        }
    }

    private static Account account(CrmSession admin, String name, UserId responsible, String... emails) {
        return admin.accounts().create(AccountTestData.anAccount().named(name).withEmails(emails)
                .at(Address.builder().street("Rua " + name).city("Campinas").state("SP").country("BR").build())
                .responsibles(responsible).build()).account();
    }

    private static Campaign newsletter(CrmSession session, String name, CampaignTarget target) {
        return session.campaigns().create(new CreateCampaign(name, CampaignKind.NEWSLETTER, WEEK, target));
    }

    private static CampaignTarget recipients(CampaignRecipient... recipients) {
        return CampaignTarget.recipients(List.of(recipients));
    }

    private static List<CampaignMember> members(CrmSession session, Campaign campaign) {
        return session.campaigns().members(campaign.id(), null, 500).items();
    }

    @Example
    void givenRecipientsWithAndWithoutConsentOrAddress_whenANewsletterIsLaunched_thenEachIsTakenOrSkippedWithItsReason() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account granted = account(admin, "Acme", tenant.adminId(), "news@acme.example");
        Account silent = account(admin, "Globex", tenant.adminId(), "info@globex.example");
        Account noEmail = account(admin, "Initech", tenant.adminId());
        Account withdrawn = account(admin, "Umbrella", tenant.adminId(), "hq@umbrella.example");
        Contact rita = admin.contacts().add(new AddContact(silent.id(), new ContactDetails("Rita", null,
                List.of("rita@globex.example"), List.of(), null)));
        admin.consents().record(RecordConsent.grant(ConsentSubject.account(granted.id()), ConsentChannel.EMAIL, "Form"));
        admin.consents().record(RecordConsent.grant(ConsentSubject.account(noEmail.id()), ConsentChannel.EMAIL, "Form"));
        admin.consents().record(RecordConsent.grant(ConsentSubject.account(withdrawn.id()), ConsentChannel.EMAIL, "Form"));
        admin.consents().record(RecordConsent.withdraw(ConsentSubject.account(withdrawn.id()), ConsentChannel.EMAIL, "STOP"));
        admin.consents().record(RecordConsent.grant(ConsentSubject.contact(silent.id(), rita.id()), ConsentChannel.EMAIL, "Card"));
        Campaign draft = newsletter(admin, "March news", recipients(CampaignRecipient.account(granted.id()),
                CampaignRecipient.account(silent.id()), CampaignRecipient.account(noEmail.id()),
                CampaignRecipient.account(withdrawn.id()), CampaignRecipient.contact(silent.id(), rita.id())));
        assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(draft.owner()).isEqualTo(tenant.adminId());

        Campaign running = admin.campaigns().launch(LaunchCampaign.of(draft));

        assertThat(running.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(running.launchedAt()).isEqualTo(clock.instant());
        assertThat(running.version()).isEqualTo(draft.version().next());
        assertThat(members(admin, running)).extracting(CampaignMember::accountId, CampaignMember::contactId,
                CampaignMember::status, CampaignMember::skipReason).containsExactlyInAnyOrder(
                tuple(granted.id(), null, MemberStatus.TARGETED, null),
                tuple(silent.id(), null, MemberStatus.SKIPPED, SkipReason.NO_CONSENT),
                tuple(noEmail.id(), null, MemberStatus.SKIPPED, SkipReason.NO_EMAIL),
                tuple(withdrawn.id(), null, MemberStatus.SKIPPED, SkipReason.OPTED_OUT),
                tuple(silent.id(), rita.id(), MemberStatus.TARGETED, null));
        assertThat(sender.offered).extracting(m -> m.recipientName(), m -> m.emails())
                .containsExactlyInAnyOrder(tuple(granted.details().legalName(), List.of("news@acme.example")),
                        tuple("Rita", List.of("rita@globex.example")));
        assertThat(sender.sent).hasSize(2);
        assertThat(published.eventsOf(tenant.id(), CampaignEvent.CampaignMessageQueued.class)).hasSize(2);
        assertThat(published.eventsOf(tenant.id(), CampaignEvent.CampaignLaunched.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.members()).isEqualTo(5);
                    assertThat(e.skipped()).isEqualTo(3);
                });
        CampaignResults results = admin.campaigns().results(running.id());
        assertThat(results.members().total()).isEqualTo(5);
        assertThat(results.members().skipped()).containsOnly(Map.entry(SkipReason.NO_CONSENT, 1L),
                Map.entry(SkipReason.NO_EMAIL, 1L), Map.entry(SkipReason.OPTED_OUT, 1L));
        assertThat(results.members().reached()).isZero();
    }

    @Example
    void givenASenderThatFailsOnce_whenTheMessageIsOfferedAgain_thenTheHostKeepsEachMemberOnce() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = account(admin, "Acme", tenant.adminId(), "news@acme.example");
        admin.consents().record(RecordConsent.grant(ConsentSubject.account(acme.id()), ConsentChannel.EMAIL, "Form"));
        Campaign draft = newsletter(admin, "Retry", recipients(CampaignRecipient.account(acme.id())));
        sender.failuresLeft.set(1);

        Campaign running = admin.campaigns().launch(LaunchCampaign.of(draft));

        assertThat(sender.sent).isEmpty();
        assertThat(members(admin, running)).extracting(CampaignMember::status).containsExactly(MemberStatus.TARGETED);
        clock.advance(dev.crmkit.event.EventRetryPolicy.DEFAULT.firstDelay());
        crm().relayEvents();

        assertThat(sender.offered).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sender.sent).containsExactly(members(admin, running).get(0).id());
    }

    @Example
    void givenACampaign_whenItMovesThroughItsStatuses_thenOnlyTheAllowedMovesAreTakenAndTheHistoryKeepsThem() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = account(admin, "Acme", tenant.adminId(), "news@acme.example");
        UserId bob = tenant.addUser("bob", AccessScope.ALL).id();
        Campaign draft = newsletter(admin, "Spring", recipients(CampaignRecipient.account(acme.id())));

        Campaign renamed = admin.campaigns().update(UpdateCampaign.builder(draft).name("Spring sale")
                .period(CampaignPeriod.of(WEEK.from(), WEEK.to().plusDays(7))).build());
        assertThat(renamed.name()).isEqualTo("Spring sale");
        assertThat(admin.campaigns().update(UpdateCampaign.from(renamed))).isEqualTo(renamed);
        assertThat(thrown(ConflictException.class, () -> admin.campaigns().update(UpdateCampaign.builder(draft)
                .name("Stale").build())).code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(thrown(AccessDeniedException.class, () -> tenant.as(bob).campaigns().launch(LaunchCampaign.of(renamed))))
                .isNotNull();
        assertThat(thrown(InvalidCommandException.class, () -> admin.campaigns().create(new CreateCampaign(" spring SALE ",
                CampaignKind.OFFER, WEEK, recipients(CampaignRecipient.account(acme.id()))))).violations())
                .extracting(Violation::path, Violation::code).containsExactly(tuple("name", "Unique"));
    }

    @Example
    void givenADraft_whenLaunchedCompletedAndCancelled_thenDoneIsFinalAndDraftsOnlyChangeBeforeTheLaunch() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = account(admin, "Acme", tenant.adminId(), "news@acme.example");
        Campaign draft = newsletter(admin, "Autumn", recipients(CampaignRecipient.account(acme.id())));
        assertThat(thrown(RuleViolationException.class, () -> admin.campaigns().complete(EndCampaign.of(draft)))).isNotNull();

        Campaign running = admin.campaigns().launch(LaunchCampaign.of(draft));
        assertThat(thrown(RuleViolationException.class, () -> admin.campaigns().launch(LaunchCampaign.of(running))))
                .isNotNull();
        assertThat(thrown(RuleViolationException.class, () -> admin.campaigns().update(UpdateCampaign.builder(running)
                .name("Late").build()))).isNotNull();
        Campaign done = admin.campaigns().complete(EndCampaign.of(running));
        assertThat(done.status()).isEqualTo(CampaignStatus.DONE);
        assertThat(done.endedAt()).isEqualTo(clock.instant());
        assertThat(thrown(RuleViolationException.class, () -> admin.campaigns().cancel(EndCampaign.of(done)))).isNotNull();
        Campaign other = newsletter(admin, "Winter", recipients(CampaignRecipient.account(acme.id())));
        assertThat(admin.campaigns().cancel(EndCampaign.of(other)).status()).isEqualTo(CampaignStatus.CANCELLED);

        assertThat(admin.campaigns().history(done.id())).extracting(TimelineEntry::type).containsExactly(
                "CampaignCreated", "CampaignLaunched", "CampaignCompleted");
        assertThat(admin.campaigns().history(done.id())).extracting(TimelineEntry::summary).contains(
                "Campaign \"Autumn\" launched: 1 members, 1 skipped");
        assertThat(admin.campaigns().list()).extracting(Campaign::name).containsExactly("Autumn", "Winter");
        assertThat(published.eventsOf(tenant.id(), CampaignEvent.HistoryEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CampaignCreated", "CampaignLaunched", "CampaignCompleted", "CampaignCreated",
                        "CampaignCancelled");
    }

    @Example
    void givenASharedSegment_whenAPortfolioUserLaunchesOnIt_thenOnlyTheirAccountsAreTakenAndOthersSeeNoneOfThem() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId bob = tenant.addUser("bob", AccessScope.PORTFOLIO).id();
        UserId pat = tenant.addUser("pat", AccessScope.PORTFOLIO).id();
        Account bobs = account(admin, "Bob's customer", bob, "a@bob.example");
        Account pats = account(admin, "Pat's customer", pat, "a@pat.example");
        Segment all = admin.segments().create(new CreateSegment("Everybody", true, AccountQuery.builder().build()));
        CrmSession asBob = tenant.as(bob);
        admin.consents().record(RecordConsent.grant(ConsentSubject.account(bobs.id()), ConsentChannel.EMAIL, "Form"));
        admin.consents().record(RecordConsent.grant(ConsentSubject.account(pats.id()), ConsentChannel.EMAIL, "Form"));

        assertThat(thrown(InvalidCommandException.class, () -> newsletter(asBob, "Leak",
                recipients(CampaignRecipient.account(pats.id())))).violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("target.recipients[0].accountId", "UnknownReference"));
        Campaign campaign = asBob.campaigns().launch(LaunchCampaign.of(newsletter(asBob, "Bob's news",
                CampaignTarget.segment(all.id()))));

        assertThat(members(admin, campaign)).extracting(CampaignMember::accountId).containsExactly(bobs.id());
        assertThat(members(tenant.as(pat), campaign)).isEmpty();
        assertThat(tenant.as(pat).campaigns().results(campaign.id()).members().total()).isZero();
        CampaignMember member = members(asBob, campaign).get(0);
        assertThat(thrown(NotFoundException.class, () -> tenant.as(pat).campaigns().report(
                new ReportMemberOutcome(member.id(), MemberOutcome.DELIVERED)))).isNotNull();
        assertThat(sender.offered).extracting(m -> m.member().accountId()).containsExactly(bobs.id());
    }

    @Example
    void givenReportsAndWhatTheMembersBought_whenResultsAreRead_thenTheyCountReachAnswersOptOutsAndAttribution() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = account(admin, "Acme", tenant.adminId(), "news@acme.example");
        Account globex = account(admin, "Globex", tenant.adminId(), "news@globex.example");
        Account outside = account(admin, "Outside", tenant.adminId(), "news@outside.example");
        for (Account a : List.of(acme, globex, outside)) {
            admin.consents().record(RecordConsent.grant(ConsentSubject.account(a.id()), ConsentChannel.EMAIL, "Form"));
        }
        Quote before = admin.quotes().create(CreateQuote.builder(acme.id()).currency(Currency.getInstance("BRL"))
                .lines(QuoteLineInput.text("Earlier", BigDecimal.ONE, BigDecimal.ONE)).build());
        clock.advance(java.time.Duration.ofMinutes(1));
        Campaign running = admin.campaigns().launch(LaunchCampaign.of(newsletter(admin, "Results",
                recipients(CampaignRecipient.account(acme.id()), CampaignRecipient.account(globex.id())))));
        List<CampaignMember> members = members(admin, running);
        CampaignMember ofAcme = members.stream().filter(m -> m.accountId().equals(acme.id())).findFirst().orElseThrow();
        CampaignMember ofGlobex = members.stream().filter(m -> m.accountId().equals(globex.id())).findFirst().orElseThrow();
        clock.advance(java.time.Duration.ofMinutes(1));

        admin.campaigns().report(new ReportMemberOutcome(ofAcme.id(), MemberOutcome.DELIVERED));
        CampaignMember responded = admin.campaigns().report(new ReportMemberOutcome(ofAcme.id(), MemberOutcome.RESPONDED));
        assertThat(admin.campaigns().report(new ReportMemberOutcome(ofAcme.id(), MemberOutcome.RESPONDED))).isEqualTo(responded);
        admin.campaigns().report(new ReportMemberOutcome(ofGlobex.id(), MemberOutcome.OPTED_OUT));
        Quote offer = admin.quotes().create(CreateQuote.builder(acme.id()).currency(Currency.getInstance("BRL"))
                .lines(QuoteLineInput.text("Setup", BigDecimal.ONE, new BigDecimal("150.00"))).build());
        offer = admin.quotes().changeStatus(ChangeQuoteStatus.of(offer, QuoteStatus.SENT));
        offer = admin.quotes().changeStatus(ChangeQuoteStatus.of(offer, QuoteStatus.ACCEPTED));
        admin.orders().convert(ConvertQuote.of(offer));
        admin.quotes().create(CreateQuote.builder(outside.id()).currency(Currency.getInstance("BRL"))
                .lines(QuoteLineInput.text("Not a member", BigDecimal.ONE, BigDecimal.ONE)).build());
        Pipeline pipeline = PipelineTestData.aPipeline().named("Sales").withStages("Contact", "Proposal")
                .withUsers(tenant.adminId()).createdBy(admin);
        admin.cards().create(new CreateCard(pipeline.id(), null, "Deal", null, null, null, null, null, null, globex.id()));

        CampaignResults results = admin.campaigns().results(running.id());

        assertThat(results.members().of(MemberStatus.RESPONDED)).isEqualTo(1);
        assertThat(results.members().of(MemberStatus.OPTED_OUT)).isEqualTo(1);
        assertThat(results.members().reached()).isEqualTo(2);
        assertThat(results.attributed().cards()).isEqualTo(1);
        assertThat(results.attributed().quotes()).isEqualTo(1);
        assertThat(results.attributed().orders()).isEqualTo(1);
        assertThat(results.attributed().revenue()).containsExactly(Money.of("150.00", "BRL"));
        assertThat(results.conversionRate()).isEqualByComparingTo("0.5");
        assertThat(before.createdAt()).isBefore(running.launchedAt());
        assertThat(admin.consents().check(ConsentSubject.account(globex.id()), ConsentChannel.EMAIL).reason())
                .isEqualTo(ContactPermission.Reason.WITHDRAWN);
        assertThat(published.eventsOf(tenant.id(), CampaignEvent.CampaignMemberReported.class)).extracting(e -> e.outcome())
                .containsExactly(MemberOutcome.DELIVERED, MemberOutcome.RESPONDED, MemberOutcome.OPTED_OUT);
    }

    @Example
    void givenAnOfferWithAQuotePerCategory_whenLaunched_thenEachMemberCarriesItsCategorysQuoteOrIsSkipped() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var gold = tenant.addEntry(dev.crmkit.catalog.CatalogKind.CUSTOMER_TYPE, "Gold").id();
        Account golden = admin.accounts().create(AccountTestData.anAccount().named("Golden").withEmails("g@gold.example")
                .withCatalogs(gold, null, null, null).responsibles(tenant.adminId()).build()).account();
        Account plain = account(admin, "Plain", tenant.adminId(), "p@plain.example");
        for (Account a : List.of(golden, plain)) {
            admin.consents().record(RecordConsent.grant(ConsentSubject.account(a.id()), ConsentChannel.EMAIL, "Form"));
        }
        Quote goldQuote = admin.quotes().create(CreateQuote.builder(golden.id()).currency(Currency.getInstance("BRL"))
                .lines(QuoteLineInput.text("Gold pack", BigDecimal.ONE, BigDecimal.TEN)).build());
        Campaign offer = admin.campaigns().create(new CreateCampaign("Gold offer", CampaignKind.OFFER, WEEK,
                recipients(CampaignRecipient.account(golden.id()), CampaignRecipient.account(plain.id()))));
        assertThat(thrown(InvalidCommandException.class, () -> admin.campaigns().launch(LaunchCampaign.planned(offer,
                new VisitPlan.ByResponsible(3)))).violations()).extracting(Violation::path).containsExactly("plan");

        Campaign running = admin.campaigns().launch(LaunchCampaign.offering(offer,
                new OfferQuotes(Map.of(gold, goldQuote.id()), null)));

        assertThat(members(admin, running)).extracting(CampaignMember::accountId, CampaignMember::quoteId,
                CampaignMember::skipReason).containsExactlyInAnyOrder(tuple(golden.id(), goldQuote.id(), null),
                tuple(plain.id(), null, SkipReason.NO_OFFER));
        assertThat(sender.offered).extracting(m -> m.member().quoteId()).containsExactly(goldQuote.id());
    }

    /** Two products, three BRL price lists (one without the router), and a 5% policy on the wholesale list. */
    private record OfferWorld(TestTenant tenant, Product fiber, Product router, PriceList wholesale, PriceList retail,
            PriceList premium) {}

    private OfferWorld offerWorld() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Currency brl = Currency.getInstance("BRL");
        LocalDate since = LocalDate.of(2026, 2, 1);
        Product fiber = admin.products().create(new CreateProduct(ProductDetails.builder("FIB", "Fibra 1 Gbps").unit("mês").build()));
        Product router = admin.products().create(new CreateProduct(ProductDetails.builder("RT", "Roteador").unit("un").build()));
        PriceList wholesale = admin.priceLists().create(new CreatePriceList("Atacado", brl));
        PriceList retail = admin.priceLists().create(new CreatePriceList("Varejo", brl));
        PriceList premium = admin.priceLists().create(new CreatePriceList("Premium", brl));
        admin.priceLists().setPrice(new SetProductPrice(wholesale.id(), fiber.id(), new BigDecimal("99.90"), Validity.from(since)));
        admin.priceLists().setPrice(new SetProductPrice(wholesale.id(), router.id(), new BigDecimal("10.01"), Validity.from(since)));
        admin.priceLists().setPrice(new SetProductPrice(retail.id(), fiber.id(), new BigDecimal("120.00"), Validity.from(since)));
        admin.priceLists().setPrice(new SetProductPrice(retail.id(), router.id(), new BigDecimal("12.00"), Validity.from(since)));
        admin.priceLists().setPrice(new SetProductPrice(premium.id(), fiber.id(), new BigDecimal("150.00"), Validity.from(since)));
        admin.discounts().create(DiscountTerms.builder("Atacado", new BigDecimal("5"), since)
                .scope(new DiscountScope.PriceList(wholesale.id())).build());
        return new OfferWorld(tenant, fiber, router, wholesale, retail, premium);
    }

    /** An account buying from a list (or none), reachable by e-mail, with its consent unless told otherwise. */
    private static Account buyer(CrmSession admin, String name, PriceList list, boolean consents) {
        Account account = admin.accounts().create(AccountTestData.anAccount().named(name)
                .withEmails(name.toLowerCase(java.util.Locale.ROOT) + "@offer.example")
                .withCatalogs(null, null, null, list == null ? null : list.id()).responsibles(admin.actor().userId())
                .build()).account();
        if (consents) {
            admin.consents().record(RecordConsent.grant(ConsentSubject.account(account.id()), ConsentChannel.EMAIL, "Form"));
        }
        return account;
    }

    /** Rita, a contact of the account reachable by e-mail, with her own consent to it. */
    private static Contact consentingContact(CrmSession admin, Account account) {
        Contact rita = admin.contacts().add(new AddContact(account.id(), new ContactDetails("Rita", null,
                List.of("rita@atacadao.example"), List.of(), null)));
        admin.consents().record(RecordConsent.grant(ConsentSubject.contact(account.id(), rita.id()), ConsentChannel.EMAIL, "Card"));
        return rita;
    }

    private static List<QuoteLineInput> offerLines(OfferWorld w) {
        return List.of(QuoteLineInput.product(w.fiber().id(), new BigDecimal("2")),
                QuoteLineInput.product(w.router().id(), BigDecimal.ONE),
                QuoteLineInput.text("Instalação", BigDecimal.ONE, new BigDecimal("50")));
    }

    private static Campaign offer(CrmSession admin, String name, CampaignRecipient... recipients) {
        return admin.campaigns().create(new CreateCampaign(name, CampaignKind.OFFER, WEEK, recipients(recipients)));
    }

    @Example
    void givenAnOfferMakingAQuotePerMember_whenLaunched_thenEachMemberReachedGetsItsOwnQuotePricedForItsAccountInNumberOrder() {
        OfferWorld w = offerWorld();
        TestTenant tenant = w.tenant();
        CrmSession admin = tenant.admin();
        Account wholesale = buyer(admin, "Atacadao", w.wholesale(), true);
        Contact rita = consentingContact(admin, wholesale);
        Account retail = buyer(admin, "Varejao", w.retail(), true);
        Account premium = buyer(admin, "Boutique", w.premium(), true);
        Account unlisted = buyer(admin, "SemTabela", null, true);
        Account silent = buyer(admin, "Calado", w.wholesale(), false);
        Quote earlier = admin.quotes().create(CreateQuote.builder(wholesale.id()).lines(offerLines(w)).build());
        Campaign draft = offer(admin, "Fibra em março", CampaignRecipient.account(wholesale.id()),
                CampaignRecipient.contact(wholesale.id(), rita.id()), CampaignRecipient.account(premium.id()),
                CampaignRecipient.account(retail.id()), CampaignRecipient.account(unlisted.id()),
                CampaignRecipient.account(silent.id()));
        clock.advance(java.time.Duration.ofMinutes(1));
        int quotesBefore = published.eventsOf(tenant.id(), QuoteEvent.QuoteCreated.class).size();

        Campaign running = admin.campaigns().launch(LaunchCampaign.offering(draft, OfferQuotes.perMember(
                new QuotePerMember(offerLines(w), null, 15, "Fibra com instalação por R$ 50"))));

        List<CampaignMember> members = members(admin, running);
        assertThat(members).extracting(CampaignMember::accountId, CampaignMember::contactId, CampaignMember::status,
                CampaignMember::skipReason).containsExactlyInAnyOrder(
                tuple(wholesale.id(), null, MemberStatus.TARGETED, null),
                tuple(wholesale.id(), rita.id(), MemberStatus.TARGETED, null),
                tuple(premium.id(), null, MemberStatus.SKIPPED, SkipReason.NO_PRICE),
                tuple(retail.id(), null, MemberStatus.TARGETED, null),
                tuple(unlisted.id(), null, MemberStatus.SKIPPED, SkipReason.NO_PRICE),
                tuple(silent.id(), null, MemberStatus.SKIPPED, SkipReason.NO_CONSENT));
        assertThat(members).filteredOn(m -> m.status() == MemberStatus.SKIPPED).extracting(CampaignMember::quoteId)
                .containsOnlyNulls();
        CampaignMember ofWholesale = member(members, wholesale.id(), null);
        CampaignMember ofRita = member(members, wholesale.id(), rita.id());
        CampaignMember ofRetail = member(members, retail.id(), null);
        // Numbered in the members' order, after the tenant's earlier quote; the skipped members used none up.
        List<Quote> made = List.of(admin.quotes().get(ofWholesale.quoteId()), admin.quotes().get(ofRita.quoteId()),
                admin.quotes().get(ofRetail.quoteId()));
        assertThat(made).extracting(Quote::number, Quote::accountId, Quote::contactId, Quote::status, Quote::createdAt)
                .containsExactly(tuple("Q-000002", wholesale.id(), null, QuoteStatus.DRAFT, running.launchedAt()),
                        tuple("Q-000003", wholesale.id(), rita.id(), QuoteStatus.DRAFT, running.launchedAt()),
                        tuple("Q-000004", retail.id(), null, QuoteStatus.DRAFT, running.launchedAt()));
        assertThat(earlier.number()).isEqualTo("Q-000001");
        // Each account's prices, policy and taxes: the wholesale list's prices less its 5%, the retail list's in full.
        Quote ofAtacadao = made.get(0);
        assertThat(ofAtacadao.revision().lines()).extracting(l -> l.unitPrice(), l -> l.discountPercent()).containsExactly(
                tuple(new BigDecimal("99.90"), new BigDecimal("5.00")), tuple(new BigDecimal("10.01"), new BigDecimal("5.00")),
                tuple(new BigDecimal("50.00"), BigDecimal.ZERO));
        assertThat(ofAtacadao.revision().totals().taxes()).extracting(QuoteTax::name).containsExactly("VAT");
        assertThat(made.get(2).revision().lines()).extracting(l -> l.unitPrice())
                .containsExactly(new BigDecimal("120.00"), new BigDecimal("12.00"), new BigDecimal("50.00"));
        assertThat(made.get(2).revision().totals().total()).isEqualByComparingTo("327.20");
        assertThat(made).extracting(q -> q.revision().validUntil()).containsOnly(LocalDate.of(2026, 3, 17));
        for (Quote quote : made) {
            // Exactly what Quotes.create makes of the same lines for the same account and contact.
            Quote byHand = admin.quotes().create(CreateQuote.builder(quote.accountId()).contact(quote.contactId())
                    .validUntil(quote.revision().validUntil()).lines(offerLines(w)).build());
            assertThat(byHand.revision()).isEqualTo(quote.revision());
            assertThat(byHand.currency()).isEqualTo(quote.currency());
        }
        assertThat(admin.quotes().ofAccount(premium.id())).isEmpty();
        assertThat(admin.quotes().ofAccount(unlisted.id())).isEmpty();
        assertThat(admin.quotes().ofAccount(silent.id())).isEmpty();
        List<QuoteEvent.QuoteCreated> created = published.eventsOf(tenant.id(), QuoteEvent.QuoteCreated.class);
        assertThat(created.subList(quotesBefore, quotesBefore + 3)).extracting(QuoteEvent.QuoteCreated::quoteId,
                QuoteEvent.QuoteCreated::accountId).containsExactly(tuple(made.get(0).id(), wholesale.id()),
                tuple(made.get(1).id(), wholesale.id()), tuple(made.get(2).id(), retail.id()));
        assertThat(published.eventsOf(tenant.id(), CampaignEvent.CampaignLaunched.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.members()).isEqualTo(6);
                    assertThat(e.skipped()).isEqualTo(3);
                });
        // Each message carries its member's own quote, and the offer's words for it.
        assertThat(sender.offered).extracting(m -> m.member().id(), m -> m.member().quoteId()).containsExactlyInAnyOrder(
                tuple(ofWholesale.id(), made.get(0).id()), tuple(ofRita.id(), made.get(1).id()),
                tuple(ofRetail.id(), made.get(2).id()));
        assertThat(sender.offered).extracting(m -> m.campaign().offer().perMember().note())
                .containsOnly("Fibra com instalação por R$ 50");
        assertThat(admin.campaigns().get(running.id()).offer().perMember().lines()).isEqualTo(offerLines(w));
    }

    private static CampaignMember member(List<CampaignMember> members, AccountId account, dev.crmkit.common.ContactId contact) {
        return members.stream().filter(m -> m.accountId().equals(account) && java.util.Objects.equals(m.contactId(), contact))
                .findFirst().orElseThrow();
    }

    @Example
    void givenAnOfferThatMadeAQuotePerMember_whenResultsAreRead_thenEachOfThoseQuotesIsAttributedOnce() {
        OfferWorld w = offerWorld();
        CrmSession admin = w.tenant().admin();
        Account wholesale = buyer(admin, "Atacadao", w.wholesale(), true);
        Contact rita = consentingContact(admin, wholesale);
        Account retail = buyer(admin, "Varejao", w.retail(), true);
        Account premium = buyer(admin, "Boutique", w.premium(), true);
        Campaign draft = offer(admin, "Fibra", CampaignRecipient.account(wholesale.id()),
                CampaignRecipient.contact(wholesale.id(), rita.id()), CampaignRecipient.account(retail.id()),
                CampaignRecipient.account(premium.id()));
        clock.advance(java.time.Duration.ofMinutes(1));

        Campaign running = admin.campaigns().launch(LaunchCampaign.offering(draft,
                OfferQuotes.perMember(QuotePerMember.of(offerLines(w).toArray(QuoteLineInput[]::new)))));

        // Two members of one account, one of another: three quotes, each counted once (the account is counted once).
        assertThat(admin.campaigns().results(running.id()).attributed().quotes()).isEqualTo(3);
        assertThat(admin.quotes().ofAccount(wholesale.id())).hasSize(2);
        assertThat(admin.quotes().ofAccount(retail.id())).hasSize(1);
    }

    @Example
    void givenAFaultWhileAQuotePerMemberIsMade_whenLaunched_thenNoQuoteNoMemberAndNoNumberIsLeft() {
        OfferWorld w = offerWorld();
        CrmSession admin = w.tenant().admin();
        Account first = buyer(admin, "Primeiro", w.wholesale(), true);
        Account second = buyer(admin, "Segundo", w.retail(), true);
        Campaign draft = offer(admin, "Falha", CampaignRecipient.account(first.id()), CampaignRecipient.account(second.id()));
        int eventsBefore = published.eventsOf(w.tenant().id(), QuoteEvent.QuoteCreated.class).size();
        // The second member's taxes fail: the first member's quote is made and counted by then.
        taxesFailFor.set(second.id());
        try {
            assertThat(thrown(RuntimeException.class, () -> admin.campaigns().launch(LaunchCampaign.offering(draft,
                    OfferQuotes.perMember(QuotePerMember.of(offerLines(w).toArray(QuoteLineInput[]::new)))))))
                    .isNotNull();
        } finally {
            taxesFailFor.set(null);
        }

        assertThat(admin.campaigns().get(draft.id())).isEqualTo(draft);
        assertThat(members(admin, draft)).isEmpty();
        assertThat(admin.quotes().ofAccount(first.id())).isEmpty();
        assertThat(admin.quotes().ofAccount(second.id())).isEmpty();
        crm().relayEvents();
        assertThat(published.eventsOf(w.tenant().id(), QuoteEvent.QuoteCreated.class)).hasSize(eventsBefore);
        Campaign running = admin.campaigns().launch(LaunchCampaign.offering(draft,
                OfferQuotes.perMember(QuotePerMember.of(offerLines(w).toArray(QuoteLineInput[]::new)))));
        assertThat(members(admin, running)).extracting(m -> admin.quotes().get(m.quoteId()).number())
                .containsExactlyInAnyOrder("Q-000001", "Q-000002");
    }

    @Example
    void givenABadQuotePerMember_whenLaunched_thenTheLineIsNamedInTheActorsLanguageAndNothingChanges() {
        OfferWorld w = offerWorld();
        TestTenant tenant = w.tenant();
        CrmSession admin = tenant.admin();
        CrmSession inSpanish = tenant.as(tenant.adminId(), java.util.Locale.forLanguageTag("es"));
        Account buyer = buyer(admin, "Comprador", w.wholesale(), true);
        Product retired = admin.products().create(new CreateProduct(ProductDetails.builder("OLD", "Antigo").build()));
        admin.products().update(UpdateProduct.from(retired).withActive(false));
        Campaign draft = offer(admin, "Ruim", CampaignRecipient.account(buyer.id()));
        Campaign news = newsletter(admin, "Notícias", recipients(CampaignRecipient.account(buyer.id())));
        dev.crmkit.common.ProductId unknown = dev.crmkit.common.ProductId.newId();

        InvalidCommandException lines = thrown(InvalidCommandException.class, () -> inSpanish.campaigns().launch(
                LaunchCampaign.offering(draft, OfferQuotes.perMember(QuotePerMember.of(
                        QuoteLineInput.product(unknown, BigDecimal.ONE),
                        QuoteLineInput.text(" ", BigDecimal.ONE, null),
                        QuoteLineInput.product(retired.id(), BigDecimal.ONE).withUnitPrice(BigDecimal.TEN),
                        QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE))))));
        InvalidCommandException shape = thrown(InvalidCommandException.class, () -> admin.campaigns().launch(
                LaunchCampaign.offering(draft, OfferQuotes.perMember(new QuotePerMember(List.of(
                        QuoteLineInput.product(w.fiber().id(), BigDecimal.ZERO)), null, 0, null)))));
        InvalidCommandException longNote = thrown(InvalidCommandException.class, () -> admin.campaigns().launch(
                LaunchCampaign.offering(draft, OfferQuotes.perMember(QuotePerMember.of(
                        QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)).withNote("x".repeat(2001))))));
        InvalidCommandException empty = thrown(InvalidCommandException.class, () -> admin.campaigns().launch(
                LaunchCampaign.offering(draft, OfferQuotes.perMember(new QuotePerMember(List.of(), null, null, null)))));
        InvalidCommandException tooMany = thrown(InvalidCommandException.class, () -> admin.campaigns().launch(
                LaunchCampaign.offering(draft, OfferQuotes.perMember(new QuotePerMember(java.util.Collections.nCopies(501,
                        QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)), null, null, null)))));
        InvalidCommandException mixed = thrown(InvalidCommandException.class, () -> inSpanish.campaigns().launch(
                LaunchCampaign.offering(draft, new OfferQuotes(Map.of(), dev.crmkit.common.QuoteId.newId(),
                        QuotePerMember.of(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE))))));
        InvalidCommandException notAnOffer = thrown(InvalidCommandException.class, () -> admin.campaigns().launch(
                LaunchCampaign.offering(news, OfferQuotes.perMember(QuotePerMember.of(
                        QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE))))));

        assertThat(lines.violations()).extracting(Violation::path, Violation::code).containsExactly(
                tuple("offer.perMember.lines[0].item.productId", "UnknownReference"),
                tuple("offer.perMember.lines[1].item.description", "NotBlank"),
                tuple("offer.perMember.lines[1].unitPrice", "NotNull"),
                tuple("offer.perMember.lines[2].item.productId", "InactiveReference"));
        assertThat(lines.getMessage()).contains("offer.perMember.lines[2].item.productId").contains("\"OLD\"")
                .contains("inactiv");
        assertThat(shape.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("offer.perMember.lines[0].quantity", "Positive"), tuple("offer.perMember.validDays", "Min"));
        assertThat(longNote.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("offer.perMember.note", "Size"));
        assertThat(empty.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("offer.perMember.lines", "NotEmpty"));
        assertThat(tooMany.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("offer.perMember.lines", "Size"));
        assertThat(mixed.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("offer.otherwise", "WithQuotePerMember"));
        assertThat(mixed.getMessage()).contains("presupuesto por miembro");
        assertThat(notAnOffer.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("offer", "Null"));
        assertThat(admin.campaigns().get(draft.id())).isEqualTo(draft);
        assertThat(members(admin, draft)).isEmpty();
        assertThat(admin.quotes().ofAccount(buyer.id())).isEmpty();
        assertThat(admin.quotes().create(CreateQuote.builder(buyer.id()).lines(offerLines(w)).build()).number())
                .isEqualTo("Q-000001");
    }

    @Example
    void givenAPortfolioUser_whenTheyLaunchAnOfferMakingAQuotePerMember_thenOnlyTheirAccountsGetQuotes() {
        OfferWorld w = offerWorld();
        TestTenant tenant = w.tenant();
        CrmSession admin = tenant.admin();
        UserId bob = tenant.addUser("bob-offers", AccessScope.PORTFOLIO).id();
        Account bobs = admin.accounts().create(AccountTestData.anAccount().named("DoBob").withEmails("b@bob.example")
                .withCatalogs(null, null, null, w.wholesale().id()).responsibles(bob).build()).account();
        Account others = buyer(admin, "DeOutro", w.wholesale(), true);
        admin.consents().record(RecordConsent.grant(ConsentSubject.account(bobs.id()), ConsentChannel.EMAIL, "Form"));
        Segment all = admin.segments().create(new CreateSegment("Everybody", true, AccountQuery.builder().build()));
        CrmSession asBob = tenant.as(bob);
        Campaign draft = asBob.campaigns().create(new CreateCampaign("Do Bob", CampaignKind.OFFER, WEEK,
                CampaignTarget.segment(all.id())));

        Campaign running = asBob.campaigns().launch(LaunchCampaign.offering(draft,
                OfferQuotes.perMember(QuotePerMember.of(QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE)))));

        assertThat(members(admin, running)).extracting(CampaignMember::accountId).containsExactly(bobs.id());
        assertThat(admin.quotes().ofAccount(bobs.id())).hasSize(1);
        assertThat(admin.quotes().ofAccount(others.id())).isEmpty();
    }

    @Example
    void givenASellerWithADiscountLimit_whenTheirOfferGivesMoreOnEachMembersQuote_thenEachQuoteWaitsForApprovalAsQuotesCreateMakesIt() {
        OfferWorld w = offerWorld();
        TestTenant tenant = w.tenant();
        CrmSession admin = tenant.admin();
        UserId seller = tenant.addUser("seller-offers", AccessScope.ALL).id();
        admin.discounts().setLimit(dev.crmkit.discount.SetDiscountLimit.ofUser(seller, new BigDecimal("5")));
        Account first = buyer(admin, "Primeiro", w.retail(), true);
        Account second = buyer(admin, "Segundo", w.retail(), true);
        CrmSession asSeller = tenant.as(seller);
        Campaign draft = offer(asSeller, "Desconto", CampaignRecipient.account(first.id()), CampaignRecipient.account(second.id()));

        Campaign running = asSeller.campaigns().launch(LaunchCampaign.offering(draft, OfferQuotes.perMember(QuotePerMember.of(
                QuoteLineInput.product(w.fiber().id(), BigDecimal.ONE).withDiscount(new BigDecimal("8"))))));

        List<Quote> made = members(admin, running).stream().map(m -> admin.quotes().get(m.quoteId())).toList();
        assertThat(made).hasSize(2).allSatisfy(q -> assertThat(q.revision().awaitsApproval()).isTrue());
        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), QuoteEvent.QuoteDiscountApprovalRequested.class))
                .extracting(QuoteEvent.QuoteDiscountApprovalRequested::quoteId, e -> e.percent().stripTrailingZeros(),
                        e -> e.limit().stripTrailingZeros())
                .containsExactlyInAnyOrder(tuple(made.get(0).id(), new BigDecimal("8"), new BigDecimal("5")),
                        tuple(made.get(1).id(), new BigDecimal("8"), new BigDecimal("5")));
    }

    @Example
    void givenVisitsOverATeam_whenLaunched_thenEachMemberGetsOneEntryOnAWorkingDayWithinCapacityOrTheLaunchIsRefused() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId ann = tenant.addUser("ann", AccessScope.ALL).id();
        UserId bob = tenant.addUser("bob", AccessScope.ALL).id();
        List<CampaignRecipient> recipients = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            recipients.add(CampaignRecipient.account(account(admin, "Shop " + i, tenant.adminId()).id()));
        }
        // An account of two responsibles is planned once, like any other.
        recipients.set(0, CampaignRecipient.account(admin.accounts().create(AccountTestData.anAccount().named("Shared shop")
                .at(Address.builder().street("Rua B").city("Campinas").state("SP").country("BR").build())
                .responsibles(tenant.adminId(), ann).build()).account().id()));
        Account noStreet = admin.accounts().create(AccountTestData.anAccount().named("Nowhere")
                .responsibles(tenant.adminId()).build()).account();
        recipients.add(CampaignRecipient.account(noStreet.id()));
        Campaign visits = admin.campaigns().create(new CreateCampaign("Door to door", CampaignKind.VISITS, WEEK,
                CampaignTarget.recipients(recipients)));
        assertThat(thrown(InvalidCommandException.class, () -> admin.campaigns().launch(LaunchCampaign.of(visits)))
                .violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("plan", "NotNull"));
        assertThat(thrown(RuleViolationException.class, () -> admin.campaigns().launch(LaunchCampaign.planned(visits,
                new VisitPlan.ByTeam(List.of(ann, bob), 1)))).getMessage()).contains("11");
        assertThat(members(admin, visits)).isEmpty();
        assertThat(admin.agenda().ofAccount(noStreet.id())).isEmpty();

        Campaign running = admin.campaigns().launch(LaunchCampaign.planned(visits, new VisitPlan.ByTeam(List.of(ann, bob), 2)));

        List<CampaignMember> members = members(admin, running);
        assertThat(members).filteredOn(m -> m.status() == MemberStatus.SKIPPED).extracting(CampaignMember::skipReason)
                .containsExactly(SkipReason.NO_ADDRESS);
        List<CampaignMember> planned = members.stream().filter(m -> m.status() == MemberStatus.SCHEDULED).toList();
        assertThat(planned).hasSize(11);
        assertThat(planned).allSatisfy(m -> {
            assertThat(m.assignee()).isIn(ann, bob);
            assertThat(WEEK.contains(m.plannedOn())).isTrue();
            assertThat(m.plannedOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            List<AgendaEntry> entries = admin.agenda().ofAccount(m.accountId());
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo(m.agendaEntryId());
                assertThat(e.userId()).isEqualTo(m.assignee());
                assertThat(e.schedule().orElseThrow().day()).isEqualTo(m.plannedOn());
            });
        });
        assertThat(planned.stream().filter(m -> m.assignee().equals(ann)).count()
                - planned.stream().filter(m -> m.assignee().equals(bob)).count()).isBetween(-1L, 1L);
        for (UserId user : List.of(ann, bob)) {
            Map<LocalDate, Long> perDay = new java.util.TreeMap<>();
            planned.stream().filter(m -> m.assignee().equals(user)).forEach(m -> perDay.merge(m.plannedOn(), 1L, Long::sum));
            assertThat(perDay.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
        }
    }

    @Example
    void givenAccountsOfTwoResponsiblesOrNone_whenCallsArePlannedByResponsible_thenTheFirstByIdOrTheOwnerGetsEach() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId bob = tenant.addUser("bob", AccessScope.ALL).id();
        UserId ann = tenant.addUser("ann", AccessScope.ALL).id();
        Account shared = admin.accounts().create(AccountTestData.anAccount().named("Shared").withPhones("+55 11 3333-4444")
                .responsibles(bob, ann).build()).account();
        Account nobodys = admin.accounts().create(AccountTestData.anAccount().named("Nobody's").withPhones("+55 11 3333-5555")
                .build()).account();
        Campaign calls = admin.campaigns().create(new CreateCampaign("Calls", CampaignKind.CALLS, WEEK,
                recipients(CampaignRecipient.account(shared.id()), CampaignRecipient.account(nobodys.id()))));

        Campaign running = admin.campaigns().launch(LaunchCampaign.planned(calls, new VisitPlan.ByResponsible(1)));

        assertThat(members(admin, running)).extracting(CampaignMember::accountId, CampaignMember::status,
                CampaignMember::assignee).containsExactlyInAnyOrder(tuple(shared.id(), MemberStatus.SCHEDULED, ann),
                tuple(nobodys.id(), MemberStatus.SCHEDULED, tenant.adminId()));
    }
}
