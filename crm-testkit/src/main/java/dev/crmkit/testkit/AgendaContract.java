package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.RemoveResponsible;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.agenda.AgendaTemplate;
import dev.crmkit.agenda.ApplyAgendaTemplate;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.DeleteAgendaEntries;
import dev.crmkit.agenda.EditAgendaEntry;
import dev.crmkit.agenda.ImportAgendaEntries;
import dev.crmkit.agenda.ImportedAgendaEntry;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.agenda.TemplateItem;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.DeleteCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.TriState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Example;

/**
 * Agenda entries: subjects, card links, the legacy-noon convention, edits, conclude and reopen, recurrence,
 * bulk delete, templates, task lists, the account profile and timeline, and the board's "has tasks" filter.
 * The test clock starts on Monday 2 March 2026, 09:00 in São Paulo.
 */
public abstract class AgendaContract extends CrmKitSupport {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Example
    void givenAnAccount_whenAnEntryIsCreated_thenItIsPendingOnTheProfileAndTimeline() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntry visit = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit");
        Account acme = admin.accounts().create(anAccount().named("ACME").build()).account();
        Schedule at = new Schedule.AtTime(MONDAY.atTime(15, 30));

        AgendaEntry entry = admin.agenda().create(CreateAgendaEntry.about(acme.id(), visit.id(), "Técnica: instalação", at));

        assertThat(entry.status()).isEqualTo(AgendaStatus.PENDING);
        assertThat(entry.schedule()).contains(at);
        assertThat(entry.userId()).isEqualTo(tenant.adminId());
        assertThat(entry.createdAt()).isEqualTo(START);
        assertThat(entry.modifiedAt()).isEqualTo(START);
        assertThat(admin.agenda().get(entry.id())).isEqualTo(entry);
        AccountProfile profile = admin.accounts().profile(acme.id());
        assertThat(profile.pendingEntries()).containsExactly(entry);
        assertThat(profile.doneEntries()).isEmpty();
        assertThat(profile.timeline().items()).extracting(TimelineEntry::type).first().isEqualTo("AgendaEntryCreated");
        assertThat(profile.timeline().items().get(0).summary()).contains("Técnica: instalação");
        assertThat(published.eventsOf(tenant.id(), AgendaEvent.AgendaEntryCreated.class)).hasSize(1);
    }

    @Example
    void givenAContact_whenItIsTheSubject_thenTheEntryIsOnItsAccountAndAForeignAccountIsRefused() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().named("ACME").build()).account();
        Account other = admin.accounts().create(anAccount().named("Other").build()).account();
        Contact marta = admin.contacts().add(new AddContact(acme.id(), ContactDetails.named("Marta")));

        AgendaEntry entry = admin.agenda().create(new CreateAgendaEntry(null, marta.id(), null, null, "Call Marta", null, null, null));
        InvalidCommandException mismatch = thrown(InvalidCommandException.class, () -> admin.agenda()
                .create(new CreateAgendaEntry(other.id(), marta.id(), null, null, "Call", null, null, null)));
        InvalidCommandException none = thrown(InvalidCommandException.class, () -> admin.agenda()
                .create(new CreateAgendaEntry(null, null, null, null, "Call", null, null, null)));

        assertThat(entry.accountId()).isEqualTo(acme.id());
        assertThat(entry.contactId()).contains(marta.id());
        assertThat(mismatch.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("contactId", "NotOfAccount"));
        assertThat(none.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("accountId", "NotNull"));
        assertThat(admin.agenda().ofAccount(other.id())).isEmpty();
    }

    @Example
    void givenBadInput_whenCreated_thenEveryFieldIsNamedInTheActorsLocaleAndNothingChanges() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntry team = tenant.addEntry(CatalogKind.TEAM, "North");
        Account acme = admin.accounts().create(anAccount().build()).account();
        CrmSession inPortuguese = tenant.as(tenant.adminId(), Locale.forLanguageTag("pt-BR"));

        InvalidCommandException tooLong = thrown(InvalidCommandException.class, () -> inPortuguese.agenda().create(
                CreateAgendaEntry.about(acme.id(), null, "x".repeat(AgendaEntry.MAX_DESCRIPTION + 1), null)));
        InvalidCommandException wrong = thrown(InvalidCommandException.class, () -> admin.agenda().create(new CreateAgendaEntry(
                acme.id(), null, null, team.id(), "Visit", null, UserId.of("nobody"),
                new Recurrence(RecurrenceUnit.DAYS, 1, null, null))));

        assertThat(tooLong.violations()).extracting(Violation::path, Violation::message)
                .containsExactly(tuple("description", "o tamanho deve estar entre 0 e 65536"));
        assertThat(wrong.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("typeId", "WrongKind"), tuple("userId", "UnknownReference"), tuple("schedule", "NeededForRecurrence"),
                tuple("recurrence", "NeedsEnd"));
        assertThat(admin.agenda().ofAccount(acme.id())).isEmpty();
    }

    @Example
    void givenAUserWhoNoLongerSeesAnAccount_whenTheirTasksAreListed_thenThatAccountsEntriesAreLeftOut() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account kept = admin.accounts().create(anAccount().named("Kept").responsibles(bob.id()).build()).account();
        Account lost = admin.accounts().create(anAccount().named("Lost").responsibles(bob.id(), tenant.adminId()).build())
                .account();
        AgendaEntry stays = admin.agenda().create(new CreateAgendaEntry(kept.id(), null, null, null, "Stays", null, bob.id(), null));
        AgendaEntry hidden = admin.agenda().create(new CreateAgendaEntry(lost.id(), null, null, null, "Hidden", null, bob.id(), null));

        List<AgendaEntry> before = tenant.as(bob.id()).agenda().tasks(bob.id()).all();
        admin.accounts().removeResponsible(new RemoveResponsible(lost.id(), bob.id()));
        List<AgendaEntry> after = tenant.as(bob.id()).agenda().tasks(bob.id()).all();

        assertThat(before).containsExactlyInAnyOrder(stays, hidden);
        assertThat(after).as("an entry on an account outside bob's scope").containsExactly(stays);
        assertThat(admin.agenda().tasks(bob.id()).all()).as("the admin sees both").containsExactlyInAnyOrder(stays, hidden);
    }

    @Example
    void givenAUserWhoCannotSeeTheAccount_whenAnEntryIsAssignedToThem_thenItIsRefused() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account acme = admin.accounts().create(anAccount().build()).account();
        Account bobs = admin.accounts().create(anAccount().named("Bob's").responsibles(bob.id()).build()).account();

        InvalidCommandException refused = thrown(InvalidCommandException.class, () -> admin.agenda().create(
                new CreateAgendaEntry(acme.id(), null, null, null, "For Bob", null, bob.id(), null)));
        AgendaEntry assigned = admin.agenda().create(new CreateAgendaEntry(bobs.id(), null, null, null, "For Bob", null, bob.id(), null));

        assertThat(refused.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("userId", "CannotSeeAccount"));
        assertThat(tenant.as(bob.id()).agenda().tasks(bob.id()).all()).containsExactly(assigned);
    }

    @Example
    void givenAnEntryOfAnotherTenant_whenReadOrDeleted_thenItIsNotFound() {
        TestTenant one = newTenant();
        TestTenant other = newTenant();
        Account acme = one.admin().accounts().create(anAccount().build()).account();
        AgendaEntry entry = one.admin().agenda().create(CreateAgendaEntry.about(acme.id(), null, "Mine", null));

        NotFoundException read = thrown(NotFoundException.class, () -> other.admin().agenda().get(entry.id()));
        NotFoundException delete = thrown(NotFoundException.class,
                () -> other.admin().agenda().delete(new DeleteAgendaEntries(List.of(entry.id()))));
        NotFoundException create = thrown(NotFoundException.class,
                () -> other.admin().agenda().create(CreateAgendaEntry.about(acme.id(), null, "Theirs", null)));

        assertThat(read.field()).contains("entryId");
        assertThat(delete.field()).contains("entryIds[0]");
        assertThat(create.field()).contains("accountId");
        assertThat(one.admin().agenda().get(entry.id())).isEqualTo(entry);
    }

    @Example
    void givenTheLegacyConvention_whenAnEntryIsAtNoon_thenItIsAnyTimeThatDayUntilTheTenantSwitchesItOff() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().build()).account();
        Schedule noon = new Schedule.AtTime(MONDAY.plusDays(1).atTime(LocalTime.NOON));

        AgendaEntry legacy = admin.agenda().create(CreateAgendaEntry.about(acme.id(), null, "Some time Tuesday", noon));
        AgendaSettings off = admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withLegacyNoon(false));
        AgendaEntry exact = admin.agenda().create(CreateAgendaEntry.about(acme.id(), null, "Lunch at noon", noon));

        AgendaSettings on = admin.agenda().updateSettings(UpdateAgendaSettings.from(off).withLegacyNoon(true));
        AgendaEntry untouched = admin.agenda().edit(new EditAgendaEntry(exact.id(), null, null, null, "Lunch at noon, confirmed",
                noon, exact.userId(), exact.version()));
        var bob = tenant.addUser("bob", AccessScope.ALL);
        AccessDeniedException refused = thrown(AccessDeniedException.class,
                () -> tenant.as(bob.id()).agenda().updateSettings(UpdateAgendaSettings.from(on).withLegacyNoon(false)));
        String timeline = tenant.as(tenant.adminId(), Locale.forLanguageTag("pt-BR")).accounts().timeline(acme.id(), null, 10)
                .items().stream().map(TimelineEntry::summary).filter(t -> t.contains("Some time Tuesday")).findFirst().orElseThrow();

        assertThat(legacy.schedule()).contains(new Schedule.AnyTimeOn(MONDAY.plusDays(1)));
        assertThat(off.legacyNoonIsAnyTime()).isFalse();
        assertThat(exact.schedule()).contains(noon);
        assertThat(untouched.schedule()).as("an unchanged schedule is not rewritten").contains(noon);
        assertThat(refused.code()).isEqualTo(AccessDeniedException.ADMIN_REQUIRED);
        assertThat(admin.agenda().settings()).isEqualTo(on);
        assertThat(timeline).contains("2026-03-03 a qualquer hora");
    }

    @Example
    void givenALegacyAgenda_whenImported_thenNoonIsAnyTimeConcludedRowsAreDoneAndABadRowStopsAll() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account acme = admin.accounts().create(anAccount().named("ACME").build()).account();
        Account bobs = admin.accounts().create(anAccount().named("Bob's").responsibles(bob.id()).build()).account();
        Contact marta = admin.contacts().add(new AddContact(acme.id(), ContactDetails.named("Marta")));
        Instant recorded = Instant.parse("2019-05-10T13:00:00.123456789Z");
        List<ImportedAgendaEntry> rows = List.of(
                new ImportedAgendaEntry(acme.id(), null, null, "Visita (meio-dia = qualquer hora)", LocalDateTime.of(2019, 5, 13, 12, 0),
                        false, null, recorded),
                new ImportedAgendaEntry(null, marta.id(), null, "Ligação feita", LocalDateTime.of(2019, 5, 14, 9, 15), true, null, recorded),
                new ImportedAgendaEntry(acme.id(), null, null, "Sem agendamento", null, false, null, null));

        InvalidCommandException bad = thrown(InvalidCommandException.class, () -> tenant.as(bob.id()).agenda().importEntries(
                new ImportAgendaEntries(List.of(new ImportedAgendaEntry(bobs.id(), null, null, "Fine", null, false, null, null),
                        new ImportedAgendaEntry(acme.id(), null, null, "Not Bob's", null, false, null, null),
                        new ImportedAgendaEntry(AccountId.newId(), null, null, "Unknown", null, false, null, null)))));
        List<AgendaEntry> imported = admin.agenda().importEntries(new ImportAgendaEntries(rows));

        assertThat(bad.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("entries[1].accountId", "UnknownReference"), tuple("entries[2].accountId", "UnknownReference"));
        assertThat(admin.agenda().ofAccount(bobs.id())).isEmpty();
        assertThat(imported).hasSize(3);
        assertThat(imported.get(0).schedule()).contains(new Schedule.AnyTimeOn(LocalDate.of(2019, 5, 13)));
        assertThat(imported.get(0).createdAt()).isEqualTo(Instant.parse("2019-05-10T13:00:00.123456Z"));
        assertThat(imported.get(1).accountId()).isEqualTo(acme.id());
        assertThat(imported.get(1).status()).isEqualTo(AgendaStatus.CONCLUDED);
        assertThat(imported.get(2).createdAt()).isEqualTo(START);
        assertThat(admin.accounts().profile(acme.id()).doneEntries()).containsExactly(imported.get(1));
        assertThat(admin.agenda().tasks(tenant.adminId()).all()).containsExactlyInAnyOrder(imported.get(0), imported.get(2));
    }

    @Example
    void givenAnEntry_whenEditedWithAStaleVersion_thenItConflictsAndTheFreshEditIsKept() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Account acme = admin.accounts().create(anAccount().build()).account();
        AgendaEntry entry = admin.agenda().create(CreateAgendaEntry.about(acme.id(), null, "Call", null));
        clock.advance(Duration.ofMinutes(5));

        AgendaEntry edited = admin.agenda().edit(new EditAgendaEntry(entry.id(), null, null, null, "Call back",
                new Schedule.AnyTimeOn(MONDAY.plusDays(2)), bob.id(), entry.version()));
        ConflictException stale = thrown(ConflictException.class, () -> admin.agenda().edit(new EditAgendaEntry(entry.id(), null,
                null, null, "Lost edit", null, bob.id(), entry.version())));

        assertThat(edited.description()).isEqualTo("Call back");
        assertThat(edited.userId()).isEqualTo(bob.id());
        assertThat(edited.modifiedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(edited.createdAt()).isEqualTo(START);
        assertThat(stale.code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(admin.agenda().get(entry.id())).isEqualTo(edited);
        assertThat(admin.agenda().tasks(bob.id()).all()).containsExactly(edited);
        assertThat(admin.agenda().tasks(tenant.adminId()).all()).isEmpty();
    }

    @Example
    void givenAPendingEntry_whenConcludedAndReopened_thenItLeavesTheTaskListButStaysInHistory() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().build()).account();
        AgendaEntry entry = admin.agenda().create(CreateAgendaEntry.about(acme.id(), null, "Visit", null));

        AgendaConclusion done = admin.agenda().conclude(new AgendaEntryAt(entry.id(), entry.version()));
        TaskList afterConclusion = admin.agenda().tasks(tenant.adminId());
        AccountProfile profile = admin.accounts().profile(acme.id());
        AgendaEntry reopened = admin.agenda().reopen(new AgendaEntryAt(entry.id(), done.concluded().version()));

        assertThat(done.concluded().status()).isEqualTo(AgendaStatus.CONCLUDED);
        assertThat(done.concluded().concludedAt()).contains(START);
        assertThat(done.nextOccurrence()).isEmpty();
        assertThat(afterConclusion.all()).isEmpty();
        assertThat(profile.doneEntries()).containsExactly(done.concluded());
        assertThat(profile.pendingEntries()).isEmpty();
        assertThat(admin.agenda().ofAccount(acme.id())).containsExactly(reopened);
        assertThat(reopened.pending()).isTrue();
        assertThat(reopened.concludedAt()).isEmpty();
        assertThat(admin.agenda().tasks(tenant.adminId()).all()).containsExactly(reopened);
    }

    @Example
    void givenARecurringEntry_whenEachOccurrenceIsConcluded_thenTheNextIsScheduledUntilTheCountIsReached() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account acme = admin.accounts().create(anAccount().build()).account();
        AgendaEntry first = admin.agenda().create(new CreateAgendaEntry(acme.id(), null, null, null, "Monthly review",
                new Schedule.AtTime(LocalDateTime.of(2026, 1, 31, 10, 0)), null, new Recurrence(RecurrenceUnit.MONTHS, 1, null, 3)));

        AgendaConclusion one = admin.agenda().conclude(new AgendaEntryAt(first.id(), first.version()));
        AgendaConclusion two = admin.agenda().conclude(new AgendaEntryAt(one.next().id(), one.next().version()));
        AgendaConclusion three = admin.agenda().conclude(new AgendaEntryAt(two.next().id(), two.next().version()));

        AgendaEntry reopened = admin.agenda().reopen(new AgendaEntryAt(first.id(), one.concluded().version()));
        AgendaConclusion concludedAgain = admin.agenda().conclude(new AgendaEntryAt(first.id(), reopened.version()));

        assertThat(concludedAgain.nextOccurrence()).as("the next occurrence exists already").isEmpty();
        assertThat(one.next().seriesId()).contains(first.id());
        assertThat(one.next().schedule()).contains(new Schedule.AtTime(LocalDateTime.of(2026, 2, 28, 10, 0)));
        assertThat(two.next().schedule()).contains(new Schedule.AtTime(LocalDateTime.of(2026, 3, 31, 10, 0)));
        assertThat(three.nextOccurrence()).isEmpty();
        assertThat(admin.agenda().ofAccount(acme.id())).hasSize(3).allMatch(e -> !e.pending());
    }

    @Example
    void givenTwoUsersConcludingOneOccurrenceAtOnce_whenBothFinish_thenOneWinsAndOneNextOccurrenceExists() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Account acme = admin.accounts().create(anAccount().build()).account();
        AgendaEntry weekly = admin.agenda().create(new CreateAgendaEntry(acme.id(), null, null, null, "Weekly call",
                new Schedule.AnyTimeOn(MONDAY), null, new Recurrence(RecurrenceUnit.WEEKS, 1, null, 10)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new CopyOnWriteArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (CrmSession session : List.of(admin, tenant.as(bob.id()))) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        outcomes.add(session.agenda().conclude(new AgendaEntryAt(weekly.id(), weekly.version())));
                    } catch (ConflictException e) {
                        outcomes.add(e);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(AgendaConclusion.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo(ConflictException.STALE_VERSION));
        assertThat(admin.agenda().tasks(tenant.adminId()).all()).singleElement()
                .satisfies(next -> assertThat(next.schedule()).contains(new Schedule.AnyTimeOn(MONDAY.plusWeeks(1))));
    }

    @Example
    void givenASelection_whenOneIdIsOutOfScope_thenNothingIsDeletedAndOtherwiseAllGo() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        CrmSession asBob = tenant.as(bob.id());
        Account bobs = asBob.accounts().create(anAccount().named("Bob's").build()).account();
        Account admins = admin.accounts().create(anAccount().named("Admin's").build()).account();
        AgendaEntry a = asBob.agenda().create(CreateAgendaEntry.about(bobs.id(), null, "A", null));
        AgendaEntry b = asBob.agenda().create(CreateAgendaEntry.about(bobs.id(), null, "B", null));
        AgendaEntry hidden = admin.agenda().create(CreateAgendaEntry.about(admins.id(), null, "Hidden", null));
        AgendaEntry concluded = asBob.agenda().conclude(new AgendaEntryAt(b.id(), b.version())).concluded();

        NotFoundException refused = thrown(NotFoundException.class,
                () -> asBob.agenda().delete(new DeleteAgendaEntries(List.of(a.id(), hidden.id()))));
        NotFoundException unknown = thrown(NotFoundException.class,
                () -> asBob.agenda().delete(new DeleteAgendaEntries(List.of(a.id(), AgendaEntryId.newId()))));
        List<AgendaEntry> untouched = asBob.agenda().ofAccount(bobs.id());
        int deleted = asBob.agenda().delete(new DeleteAgendaEntries(List.of(a.id(), concluded.id(), a.id())));

        assertThat(refused.field()).contains("entryIds[1]");
        assertThat(unknown.field()).contains("entryIds[1]");
        assertThat(untouched).hasSize(2);
        assertThat(deleted).isEqualTo(2);
        assertThat(asBob.agenda().ofAccount(bobs.id())).isEmpty();
        assertThat(admin.agenda().get(hidden.id())).isEqualTo(hidden);
        assertThat(thrown(NotFoundException.class, () -> asBob.agenda().get(hidden.id())).field()).contains("entryId");
        assertThat(admin.accounts().timeline(bobs.id(), null, 10).items()).extracting(TimelineEntry::type)
                .startsWith("AgendaEntryDeleted", "AgendaEntryDeleted");
    }

    @Example
    void givenATemplate_whenApplied_thenItsEntriesAreCreatedInOneCallAtTheirOffsets() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntry visit = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit");
        CatalogEntry call = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Call");
        Account acme = admin.accounts().create(anAccount().build()).account();
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withTemplates(List.of(
                new AgendaTemplate("Onboarding", List.of(new TemplateItem(visit.id(), "Installation visit", 0, LocalTime.of(9, 0)),
                        new TemplateItem(call.id(), "Satisfaction call", 3, null))))));

        List<AgendaEntry> created = admin.agenda().applyTemplate(
                new ApplyAgendaTemplate("onboarding", acme.id(), null, null, MONDAY.plusDays(1), null));
        InvalidCommandException unknown = thrown(InvalidCommandException.class, () -> admin.agenda()
                .applyTemplate(new ApplyAgendaTemplate("Nope", acme.id(), null, null, MONDAY, null)));
        RuleViolationException inUse = thrown(RuleViolationException.class, () -> admin.catalogs().delete(call.id()));
        admin.catalogs().deactivate(call.id());
        InvalidCommandException inactive = thrown(InvalidCommandException.class, () -> admin.agenda()
                .applyTemplate(new ApplyAgendaTemplate("Onboarding", acme.id(), null, null, MONDAY, null)));

        assertThat(created).extracting(e -> e.typeId().orElseThrow(), AgendaEntry::description, e -> e.schedule().orElseThrow())
                .containsExactly(tuple(visit.id(), "Installation visit", new Schedule.AtTime(MONDAY.plusDays(1).atTime(9, 0))),
                        tuple(call.id(), "Satisfaction call", new Schedule.AnyTimeOn(MONDAY.plusDays(4))));
        assertThat(unknown.violations()).extracting(Violation::path).containsExactly("templateName");
        assertThat(inUse.code()).isEqualTo("rule.catalog.entry-in-use");
        assertThat(inactive.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("templateName", "InactiveReference"));
        assertThat(admin.agenda().ofAccount(acme.id())).hasSize(2);
    }

    @Example
    void givenAnEntryOfAType_whenTheTypeIsDeleted_thenItIsRefusedUntilTheEntryGoes() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntry visit = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit");
        Account acme = admin.accounts().create(anAccount().build()).account();
        AgendaEntry entry = admin.agenda().create(CreateAgendaEntry.about(acme.id(), visit.id(), "Visit", null));

        RuleViolationException inUse = thrown(RuleViolationException.class, () -> admin.catalogs().delete(visit.id()));
        admin.agenda().delete(new DeleteAgendaEntries(List.of(entry.id())));
        admin.catalogs().delete(visit.id());

        assertThat(inUse.code()).isEqualTo("rule.catalog.entry-in-use");
        assertThat(admin.catalogs().list(CatalogKind.AGENDA_ENTRY_TYPE, true)).isEmpty();
    }

    @Example
    void givenEntriesAtDifferentTimes_whenTheTaskListIsRead_thenOverdueComesFirstThenTodayThenLater() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account acme = admin.accounts().create(anAccount().build()).account();
        // 09:00 in São Paulo on Monday.
        AgendaEntry later = create(admin, acme, "later", new Schedule.AnyTimeOn(MONDAY.plusDays(1)));
        AgendaEntry todayAnyTime = create(admin, acme, "today any time", new Schedule.AnyTimeOn(MONDAY));
        AgendaEntry todayAt10 = create(admin, acme, "today 10:00", new Schedule.AtTime(MONDAY.atTime(10, 0)));
        AgendaEntry overdueAt8 = create(admin, acme, "today 08:00", new Schedule.AtTime(MONDAY.atTime(8, 0)));
        AgendaEntry yesterday = create(admin, acme, "yesterday any time", new Schedule.AnyTimeOn(MONDAY.minusDays(1)));
        AgendaEntry unscheduled = create(admin, acme, "unscheduled", null);

        TaskList tasks = admin.agenda().tasks(tenant.adminId());

        assertThat(tasks.today()).isEqualTo(MONDAY);
        assertThat(tasks.overdue()).containsExactly(yesterday, overdueAt8);
        assertThat(tasks.dueToday()).containsExactly(todayAt10, todayAnyTime);
        assertThat(tasks.later()).containsExactly(later);
        assertThat(tasks.unscheduled()).containsExactly(unscheduled);
        assertThat(thrown(AccessDeniedException.class, () -> tenant.as(bob.id()).agenda().tasks(tenant.adminId())).field())
                .contains("userId");
        clock.set(MONDAY.plusDays(1).atStartOfDay(ZoneId.of("America/Sao_Paulo")).toInstant());
        assertThat(admin.agenda().tasks(tenant.adminId()).overdue()).contains(todayAnyTime).doesNotContain(later);
    }

    @Example
    void givenACardWithAPendingTask_whenTheBoardFiltersByTasks_thenOnlyItShowsUntilTheTaskIsConcluded() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Pipeline pipeline = aPipeline().createdBy(admin);
        Pipeline bobless = aPipeline().createdBy(admin);
        Account acme = admin.accounts().create(anAccount().named("ACME").build()).account();
        Account other = admin.accounts().create(anAccount().named("Other").build()).account();
        Card withTask = admin.cards().create(withAccount(pipeline, "With task", acme));
        Card without = admin.cards().create(withAccount(pipeline, "Without", other));
        Card hiddenFromBob = admin.cards().create(withAccount(bobless, "Hidden", other));

        AgendaEntry task = admin.agenda().create(new CreateAgendaEntry(acme.id(), null, withTask.id(), null, "Send proposal",
                null, null, null));
        List<String> withTasks = names(admin, pipeline, TriState.YES);
        List<String> withoutTasks = names(admin, pipeline, TriState.NO);
        InvalidCommandException foreignCard = thrown(InvalidCommandException.class, () -> admin.agenda().create(
                new CreateAgendaEntry(acme.id(), null, without.id(), null, "Wrong card", null, null, null)));
        NotFoundException notAUser = thrown(NotFoundException.class, () -> tenant.as(bob.id()).agenda().create(
                new CreateAgendaEntry(other.id(), null, hiddenFromBob.id(), null, "No access", null, null, null)));
        admin.agenda().conclude(new AgendaEntryAt(task.id(), task.version()));

        assertThat(withTasks).containsExactly("With task");
        assertThat(withoutTasks).containsExactly("Without");
        assertThat(names(admin, pipeline, TriState.YES)).isEmpty();
        assertThat(foreignCard.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("cardId", "NotOfAccount"));
        assertThat(notAUser.field()).contains("cardId");
    }

    @Example
    void givenATaskOfACard_whenTheCardIsDeleted_thenTheEntryStaysOnItsAccountWithoutTheLink() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Account acme = admin.accounts().create(anAccount().build()).account();
        Card card = admin.cards().create(withAccount(pipeline, "Deal", acme));
        AgendaEntry task = admin.agenda().create(new CreateAgendaEntry(acme.id(), null, card.id(), null, "Task", null, null, null));

        admin.cards().delete(new DeleteCard(card.id(), false));

        AgendaEntry kept = admin.agenda().get(task.id());
        assertThat(kept.cardId()).isEmpty();
        assertThat(kept.pending()).isTrue();
    }

    private static AgendaEntry create(CrmSession session, Account account, String description, Schedule schedule) {
        return session.agenda().create(CreateAgendaEntry.about(account.id(), null, description, schedule));
    }

    private static CreateCard withAccount(Pipeline pipeline, String name, Account account) {
        return new CreateCard(pipeline.id(), null, name, null, null, null, null, null, null, account.id());
    }

    private static List<String> names(CrmSession session, Pipeline pipeline, TriState hasTasks) {
        return session.cards().board(pipeline.id(), BoardFilter.builder().hasTasks(hasTasks).build()).columns().stream()
                .flatMap(c -> c.cards().stream()).map(CardSummary::name).toList();
    }
}
