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
 * carrying a quote per category, visits planned over a team within its capacity on working days, the host's reports
 * (an opt-out withdrawing consent), results with their attribution, and the actor's scope.
 */
public abstract class CampaignContract extends CrmKitSupport {

    /** Monday 2026-03-02 to Friday 2026-03-06 (the tenant's working week). */
    private static final CampaignPeriod WEEK = CampaignPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));

    private final HostSender sender = new HostSender();

    @Override
    protected MessageSender messageSender() {
        return sender;
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
