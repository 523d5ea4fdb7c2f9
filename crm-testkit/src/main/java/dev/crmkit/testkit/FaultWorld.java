package dev.crmkit.testkit;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.Classification;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaTemplate;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TemplateItem;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.UserId;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.common.EventId;
import dev.crmkit.event.EventAdministration;
import dev.crmkit.event.ParkedEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The small world one run of a write use case runs in: a tenant of its own, and, made on first use, a second user
 * (bob), a team, a characteristic type, an interest area, a hierarchical relationship type, an agenda entry type, an
 * account, a pipeline with a label and bob as its user, and an agenda template. A run asks only for what it needs, so
 * every run of a use case starts from the same small world, and its faults never depend on an earlier run's outcome.
 */
final class FaultWorld {

    /** The delay before a refused event is offered again; the fault-injection {@code Crm} parks it at its second refusal. */
    static final int RETRY_DELAY_SECONDS = 1;

    /** The template {@link #withTemplate()} puts in the agenda settings. */
    static final String TEMPLATE = "Onboarding";

    final TestTenant tenant;
    final CrmSession admin;
    final TestClock clock;
    private final RecordingPublisher publisher;
    private UserId bob;
    private CatalogEntryId team;
    private CatalogEntryId size;
    private CatalogEntryId fiber;
    private CatalogEntryId parentOf;
    private CatalogEntryId visit;
    private Account acme;
    private Pipeline pipeline;
    private int sequence;

    FaultWorld(Supplier<TestTenant> newTenant, TestClock clock, RecordingPublisher publisher) {
        this.clock = clock;
        this.publisher = publisher;
        this.tenant = newTenant.get();
        this.admin = tenant.admin();
    }

    /** @return a number no earlier call returned in this world, for unique names */
    int next() {
        return ++sequence;
    }

    /** @return today, in the world's clock */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    CatalogEntryId team() {
        if (team == null) {
            team = tenant.addTeam("Team");
        }
        return team;
    }

    /** @return a user who sees every account, in the team */
    UserId bob() {
        if (bob == null) {
            bob = tenant.addUser(UserTestData.aUser().withId("bob").inTeam(team()).withScope(AccessScope.ALL)).id();
        }
        return bob;
    }

    /** @return a characteristic type of free text */
    CatalogEntryId size() {
        if (size == null) {
            size = admin.catalogs().createCharacteristicType(new CreateCharacteristicType("Size", CharacteristicValueType.TEXT, null))
                    .id();
        }
        return size;
    }

    CatalogEntryId fiber() {
        if (fiber == null) {
            fiber = tenant.addEntry(CatalogKind.INTEREST_AREA, "Fiber").id();
        }
        return fiber;
    }

    /** @return a hierarchical relationship type */
    CatalogEntryId parentOf() {
        if (parentOf == null) {
            parentOf = admin.catalogs().createRelationshipType(new CreateRelationshipType("Parent of", "Subsidiary of", true)).id();
        }
        return parentOf;
    }

    CatalogEntryId visit() {
        if (visit == null) {
            visit = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit").id();
        }
        return visit;
    }

    /** @return the world's prospect */
    Account acme() {
        if (acme == null) {
            acme = admin.accounts().create(AccountTestData.anAccount().named("Acme").classified(Classification.PROSPECT).build())
                    .account();
        }
        return acme;
    }

    /** @return the world's pipeline: three stages, the label "Hot", bob as its user */
    Pipeline pipeline() {
        if (pipeline == null) {
            Pipeline created = PipelineTestData.aPipeline().withUsers(bob()).createdBy(admin);
            admin.pipelines().addLabel(new AddLabel(created.id(), "Hot", "#D73A49"));
            pipeline = admin.pipelines().get(created.id());
        }
        return pipeline;
    }

    /** @return the label of the world's pipeline */
    LabelId hot() {
        return pipeline().labels().get(0).id();
    }

    /** Puts {@link #TEMPLATE} in the agenda settings. */
    void withTemplate() {
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withTemplates(List.of(
                new AgendaTemplate(TEMPLATE, List.of(new TemplateItem(visit(), "Installation visit", 0, LocalTime.of(9, 0)),
                        new TemplateItem(null, "Satisfaction call", 3, null))))));
    }

    /** @return a new account with a unique name and tax id, the administrator and bob responsible */
    Account account(Classification classification) {
        return admin.accounts().create(AccountTestData.anAccount().named("Account " + next()).classified(classification)
                .withTaxId(TaxIdSamples.cnpj()).responsibles(tenant.adminId(), bob()).build()).account();
    }

    /** @return a new card in the world's pipeline, with the label, bob as member and salesperson, and a value */
    Card card() {
        return admin.cards().create(new CreateCard(pipeline().id(), null, "Card " + next(), "A card", Set.of(hot()), Set.of(bob()),
                bob(), Money.of("100.00", "BRL"), null, null));
    }

    /** @return a new card in the world's pipeline, linked to a new prospect */
    Card cardOfProspect() {
        AccountId prospect = account(Classification.PROSPECT).id();
        return admin.cards().create(new CreateCard(pipeline().id(), null, "Card " + next(), null, null, null, null, null, null,
                prospect));
    }

    /** @return a new pending agenda entry of the world's account */
    /** @return the token of a new survey: a case of the tenant opened and resolved, its event relayed */
    String surveyToken() {
        dev.crmkit.casework.ServiceCase opened = admin.cases().open(new dev.crmkit.casework.OpenCase(acme().id(),
                dev.crmkit.casework.CaseDetails.builder("Surveyed " + next(), dev.crmkit.casework.CaseChannel.PHONE).build()));
        admin.cases().changeStatus(dev.crmkit.casework.ChangeCaseStatus.of(opened, dev.crmkit.casework.CaseStatus.RESOLVED));
        tenant.crm().relayEvents();
        List<dev.crmkit.event.SurveyEvent.SurveyIssued> issued =
                publisher.eventsOf(tenant.id(), dev.crmkit.event.SurveyEvent.SurveyIssued.class);
        return issued.get(issued.size() - 1).token();
    }

    /** @return a new on-site intervention of the tenant's first account, for bob */
    AgendaEntry intervention() {
        return admin.agenda().dispatch(dev.crmkit.agenda.DispatchIntervention.builder("Visit " + next(),
                new Schedule.AnyTimeOn(today().plusDays(1)), bob()).accountId(acme().id()).build());
    }

    AgendaEntry entry() {
        return admin.agenda().create(new CreateAgendaEntry(acme().id(), null, null, visit(), "Entry " + next(),
                new Schedule.AnyTimeOn(today().plusDays(2)), null, null));
    }

    /**
     * Makes an event of the tenant wait for its next attempt: the publisher refuses it once (the relay after the
     * write that recorded it), and the clock then moves past the retry delay, so it is due again.
     */
    void dueEventRefusedOnce() {
        publisher.refuse(e -> e.meta().tenantId().equals(tenant.id()));
        try {
            priority();
        } finally {
            publisher.acceptAll();
        }
        clock.advance(Duration.ofSeconds(RETRY_DELAY_SECONDS + 1));
    }

    /** @return an event of the tenant the publisher refused on each of its attempts: parked */
    EventId parkedEvent() {
        dueEventRefusedOnce();
        publisher.refuse(e -> e.meta().tenantId().equals(tenant.id()));
        try {
            tenant.crm().events().relay(tenant.id());
        } finally {
            publisher.acceptAll();
        }
        List<ParkedEvent> parked = tenant.crm().events().parked(tenant.id(), EventAdministration.MAX_IDS);
        return parked.get(parked.size() - 1).event().meta().eventId();
    }

    /** @return a new plain catalog entry */
    CatalogEntry priority() {
        return tenant.addEntry(CatalogKind.PRIORITY, "Priority " + next());
    }
}
