package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.casework.AddCaseComment;
import dev.crmkit.casework.BusinessCalendar;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.casework.CaseSla;
import dev.crmkit.casework.ClockPause;
import dev.crmkit.casework.QueuedCase;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.casework.SlaState;
import dev.crmkit.casework.SlaTarget;
import dev.crmkit.casework.UpdateSlaSettings;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.Page;
import dev.crmkit.common.Version;
import dev.crmkit.event.CaseSettingsEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseComment;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseSettings;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.UpdateCase;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.RenameCatalogEntry;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.CaseEvent;
import dev.crmkit.history.ChangeLine;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.AttachmentContent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Service cases: opening with a gapless number per tenant, references checked, the status machine and its reopen
 * window, public and internal comments, attachments, the history in the reader's words with the names of the time,
 * access through the account's scope or as the assignee, the account's profile and timeline.
 */
public abstract class CaseContract extends CrmKitSupport {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @Example
    void givenCasesOpenedInTwoTenants_whenNumbered_thenEachTenantCountsFromOneWithoutGaps() {
        TestTenant tenant = newTenant();
        TestTenant other = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        Account elsewhere = other.admin().accounts().create(anAccount().build()).account();

        ServiceCase first = tenant.admin().cases().open(new OpenCase(account.id(), CaseDetails.builder("No signal", CaseChannel.PHONE).build()));
        thrown(InvalidCommandException.class, () -> tenant.admin().cases().open(
                new OpenCase(account.id(), CaseDetails.builder(" ", CaseChannel.PHONE).build())));
        ServiceCase second = tenant.admin().cases().open(new OpenCase(account.id(), CaseDetails.builder("Slow", CaseChannel.EMAIL).build()));
        ServiceCase firstElsewhere = other.admin().cases().open(
                new OpenCase(elsewhere.id(), CaseDetails.builder("Invoice", CaseChannel.PORTAL).build()));

        assertThat(List.of(first.number(), second.number(), firstElsewhere.number())).containsExactly(1L, 2L, 1L);
        assertThat(first.status()).isEqualTo(CaseStatus.NEW);
        assertThat(first.openedBy()).isEqualTo(tenant.adminId());
        assertThat(tenant.admin().cases().byNumber(2)).contains(second);
        assertThat(tenant.admin().cases().byNumber(3)).isEmpty();
        thrown(NotFoundException.class, () -> other.admin().cases().get(first.id()));
    }

    @Example
    void givenACase_whenWorkedOnAndResolved_thenEventsHistoryProfileAndTimelineShowEveryChange() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        tenant.addUser(UserTestData.aUser().withId("ana").named("Ana Lima"));
        CatalogEntryId support = tenant.addTeam("Support");
        var networkEntry = tenant.addEntry(CatalogKind.CASE_CATEGORY, "Network");
        CatalogEntryId network = networkEntry.id();
        CatalogEntryId high = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        Account account = admin.accounts().create(anAccount().build()).account();
        Contact contact = admin.contacts().add(new AddContact(account.id(), new ContactDetails("Rita", null, null, null, null)));

        ServiceCase opened = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder(" No signal ", CaseChannel.PHONE)
                .contactId(contact.id()).description("Since Monday").categoryId(network).priorityId(high).teamId(support)
                .build()));
        clock.advance(Duration.ofMinutes(5));
        ServiceCase assigned = admin.cases().update(UpdateCase.from(opened)
                .withDetails(opened.details().toBuilder().assigneeId(UserId.of("ana")).build()));
        ServiceCase working = admin.cases().changeStatus(ChangeCaseStatus.of(assigned, CaseStatus.OPEN));
        CaseComment note = admin.cases().comment(AddCaseComment.internalNote(working.id(), "Check the tower"));
        CaseComment answer = admin.cases().comment(AddCaseComment.publicComment(working.id(), "We are on it"));
        ServiceCase answered = admin.cases().get(working.id());
        ServiceCase resolved = admin.cases().changeStatus(ChangeCaseStatus.of(answered, CaseStatus.RESOLVED));
        admin.catalogs().rename(new RenameCatalogEntry(network, "Networking", null, networkEntry.version()));

        assertThat(opened.details().subject()).isEqualTo("No signal");
        assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).contains(clock.instant());
        assertThat(resolved.comments()).extracting(CaseComment::text, CaseComment::internal)
                .containsExactly(tuple("Check the tower", true), tuple("We are on it", false));
        assertThat(answered.comments()).as("the returned comments are the stored ones").containsExactly(note, answer);
        assertThat(admin.cases().forCustomer(resolved.id()).comments()).extracting(CaseComment::text).containsExactly("We are on it");
        assertThat(admin.cases().get(resolved.id())).isEqualTo(resolved);

        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), CaseEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("CaseOpened", "CaseUpdated", "CaseStatusChanged", "CaseCommented", "CaseCommented",
                        "CaseStatusChanged");

        List<TimelineEntry> history = tenant.as(tenant.adminId(), PT_BR).cases().history(resolved.id());
        assertThat(history).hasSize(6);
        assertThat(history.get(0).lines()).extracting(ChangeLine::field, ChangeLine::fieldLabel, ChangeLine::newDisplay)
                .contains(tuple("status", "Situação", "novo"), tuple("subject", "Assunto", "No signal"),
                        tuple("categoryId", "Categoria", "Network"), tuple("priorityId", "Prioridade", "High"),
                        tuple("contactId", "Contato", "Rita"), tuple("channel", "Canal", "telefone"));
        assertThat(history.get(1).lines()).extracting(ChangeLine::field, ChangeLine::newDisplay)
                .containsExactly(tuple("assigneeId", "Ana Lima"));
        assertThat(history.get(2).summary()).contains("#1").contains("novo").contains("aberto");
        assertThat(history.get(3).summary()).contains("Nota interna");
        assertThat(history.get(1).actorName()).isEqualTo("Admin");

        AccountProfile profile = admin.accounts().profile(account.id());
        assertThat(profile.openCases()).isEmpty();
        assertThat(profile.closedCases()).containsExactly(resolved);
        assertThat(profile.timeline().items()).extracting(TimelineEntry::type).contains("CaseOpened", "CaseStatusChanged");
        assertThat(profile.timeline().items()).extracting(TimelineEntry::summary).contains("Case #1 opened: No signal");
        assertThat(profile.timeline().items()).filteredOn(e -> e.type().equals("CaseUpdated")).singleElement()
                .satisfies(e -> assertThat(e.lines()).extracting(ChangeLine::field, ChangeLine::newDisplay)
                        .containsExactly(tuple("assigneeId", "Ana Lima")));
    }

    @Example
    void givenAStatusMachine_whenAMoveIsIllegalOrOutsideTheReopenWindow_thenItIsRefusedAndNothingChanges() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase serviceCase = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Down", CaseChannel.REMOTE).build()));

        RuleViolationException backToNew = thrown(RuleViolationException.class,
                () -> admin.cases().changeStatus(ChangeCaseStatus.of(serviceCase, CaseStatus.NEW)));
        assertThat(backToNew.getMessage()).contains("#1").contains("new");
        ServiceCase resolved = admin.cases().changeStatus(ChangeCaseStatus.of(serviceCase, CaseStatus.RESOLVED));
        clock.advance(Duration.ofDays(2));
        ServiceCase reopened = admin.cases().changeStatus(ChangeCaseStatus.of(resolved, CaseStatus.OPEN));
        assertThat(reopened.resolvedAt()).isEmpty();
        thrown(ConflictException.class, () -> admin.cases().changeStatus(ChangeCaseStatus.of(resolved, CaseStatus.CLOSED)));

        assertThat(admin.cases().updateSettings(new CaseSettings(1)).reopenWindowDays()).isEqualTo(1);
        thrown(AccessDeniedException.class, () -> tenant.as(tenant.addUser("bob", AccessScope.ALL).id()).cases()
                .updateSettings(new CaseSettings(30)));
        ServiceCase again = admin.cases().changeStatus(ChangeCaseStatus.of(reopened, CaseStatus.RESOLVED));
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        RuleViolationException late = thrown(RuleViolationException.class,
                () -> tenant.as(tenant.adminId(), PT_BR).cases().changeStatus(ChangeCaseStatus.of(again, CaseStatus.OPEN)));
        assertThat(late.getMessage()).contains("#1").contains("1 dias");
        ServiceCase closed = admin.cases().changeStatus(ChangeCaseStatus.of(again, CaseStatus.CLOSED));
        thrown(RuleViolationException.class, () -> admin.cases().changeStatus(ChangeCaseStatus.of(closed, CaseStatus.OPEN)));

        assertThat(admin.cases().get(serviceCase.id())).isEqualTo(closed);
        assertThat(closed.closedAt()).contains(clock.instant());
        assertThat(closed.resolvedAt()).isPresent();
    }

    @Example
    void givenAUserOutsideTheAccountsScope_whenTheCaseIsAssignedToThem_thenTheyReachItAndOnlyIt() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId bob = tenant.addUser("bob", AccessScope.PORTFOLIO).id();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase mine = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Mine", CaseChannel.PHONE)
                .assigneeId(bob).build()));
        ServiceCase notMine = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Not mine", CaseChannel.PHONE).build()));
        CrmSession asBob = tenant.as(bob);

        assertThat(asBob.cases().get(mine.id())).isEqualTo(mine);
        CaseComment comment = asBob.cases().comment(AddCaseComment.publicComment(mine.id(), "On my way"));
        assertThat(asBob.cases().get(mine.id()).comments()).containsExactly(comment);
        assertThat(comment.author()).isEqualTo(bob);
        NotFoundException hidden = thrown(NotFoundException.class, () -> asBob.cases().get(notMine.id()));
        assertThat(hidden.entity()).isEqualTo("case");
        thrown(NotFoundException.class, () -> asBob.cases().comment(AddCaseComment.publicComment(notMine.id(), "x")));
        thrown(NotFoundException.class, () -> asBob.cases().ofAccount(account.id()));
        thrown(NotFoundException.class, () -> asBob.cases().open(new OpenCase(account.id(),
                CaseDetails.builder("Sneaky", CaseChannel.PHONE).build())));
        assertThat(asBob.cases().byNumber(notMine.number())).isEmpty();
        assertThat(asBob.cases().byNumber(mine.number())).contains(asBob.cases().get(mine.id()));
        assertThat(admin.cases().get(notMine.id()).comments()).isEmpty();
    }

    @Example
    void givenBadReferences_whenACaseIsOpened_thenEachIsNamedInTheActorsLanguageAndNoNumberIsTaken() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        Account another = admin.accounts().create(anAccount().named("Other Ltd").build()).account();
        Contact foreign = admin.contacts().add(new AddContact(another.id(), new ContactDetails("Zed", null, null, null, null)));
        CatalogEntryId team = tenant.addTeam("Support");

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.as(tenant.adminId(), PT_BR).cases()
                .open(new OpenCase(account.id(), CaseDetails.builder("Help", CaseChannel.ON_SITE).contactId(foreign.id())
                        .categoryId(team).priorityId(CatalogEntryId.newId()).assigneeId(UserId.of("ghost")).build())));

        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("details.contactId",
                "details.categoryId", "details.priorityId", "details.assigneeId");
        assertThat(e.violations()).filteredOn(v -> v.path().equals("details.categoryId")).extracting(Violation::message)
                .singleElement().asString().contains("categoria de caso");
        assertThat(admin.cases().ofAccount(account.id())).isEmpty();
        assertThat(admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Help", CaseChannel.ON_SITE).build()))
                .number()).isEqualTo(1L);
    }

    @Example
    void givenAnAttachment_whenAddedReadAndRemoved_thenItsBytesComeBackAndItLeavesTheCase() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase serviceCase = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Photo", CaseChannel.PORTAL).build()));

        var attachment = admin.cases().attach(serviceCase.id(), new AttachFile("router.jpg", "Image/JPEG"),
                new ByteArrayInputStream("bytes of a photo".getBytes(StandardCharsets.UTF_8)));
        ServiceCase attached = admin.cases().get(serviceCase.id());
        assertThat(attached.attachments()).as("the returned attachment is the stored one").containsExactly(attachment);
        try (AttachmentContent content = admin.cases().openAttachment(attached.id(), attachment.id())) {
            assertThat(new String(content.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("bytes of a photo");
        }
        assertThat(attachment.mediaType()).isEqualTo("image/jpeg");
        ServiceCase removed = admin.cases().removeAttachment(attached.id(), attachment.id());

        assertThat(removed.attachments()).isEmpty();
        thrown(NotFoundException.class, () -> admin.cases().openAttachment(removed.id(), attachment.id()));
        assertThat(admin.cases().history(removed.id())).extracting(TimelineEntry::type)
                .containsExactly("CaseOpened", "CaseAttachmentChanged", "CaseAttachmentChanged");
    }

    @Example
    void givenAnAccountWithACase_whenDeleted_thenItIsRefusedAndTheCaseStays() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase serviceCase = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Keep", CaseChannel.EMAIL).build()));

        thrown(RuleViolationException.class, () -> admin.accounts().delete(account.id()));

        assertThat(admin.cases().get(serviceCase.id())).isEqualTo(serviceCase);
        assertThat(admin.accounts().get(account.id())).isEqualTo(account);
    }

    @Example
    void givenServiceLevels_whenReadEditedFromWhatWasReadAndRefused_thenOnlyValidChangesByAnAdministratorAreStored() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId high = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        CatalogEntryId team = tenant.addTeam("Support");
        SlaSettings defaults = admin.cases().slaSettings();
        assertThat(defaults).isEqualTo(SlaSettings.DEFAULTS);
        assertThat(defaults.atRiskPercent()).isEqualTo(80);

        InvalidCommandException bad = thrown(InvalidCommandException.class, () -> tenant.as(tenant.adminId(), PT_BR).cases()
                .updateSlaSettings(UpdateSlaSettings.from(defaults)
                        .withHours(defaults.hours().withHours(LocalTime.of(18, 0), LocalTime.of(8, 0)))
                        .withTargets(List.of(new SlaTarget(team, 60, 240), new SlaTarget(high, 60, 240), new SlaTarget(high, 30, 90)))));
        assertThat(bad.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("hours.closes", "targets[0].priorityId", "targets[2].priorityId");
        assertThat(bad.violations()).filteredOn(v -> v.path().equals("targets[2].priorityId")).extracting(Violation::message)
                .singleElement().asString().contains("High");
        InvalidCommandException share = thrown(InvalidCommandException.class,
                () -> admin.cases().updateSlaSettings(UpdateSlaSettings.from(defaults).withAtRiskPercent(0)));
        assertThat(share.violations()).extracting(Violation::path).containsExactly("atRiskPercent");
        thrown(AccessDeniedException.class, () -> tenant.as(tenant.addUser("bob", AccessScope.ALL).id()).cases()
                .updateSlaSettings(UpdateSlaSettings.from(defaults).withAtRiskPercent(50)));
        assertThat(admin.cases().slaSettings()).isEqualTo(defaults);

        SlaSettings stored = admin.cases().updateSlaSettings(UpdateSlaSettings.from(defaults)
                .withHours(defaults.hours().withWorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY))
                        .withHolidays(Set.of(LocalDate.of(2026, 4, 3))))
                .withTargets(List.of(new SlaTarget(high, 60, 240))).withAtRiskPercent(50));
        thrown(ConflictException.class, () -> admin.cases().updateSlaSettings(UpdateSlaSettings.from(defaults)
                .withAtRiskPercent(70)));

        assertThat(stored.version()).isEqualTo(Version.FIRST);
        assertThat(admin.cases().slaSettings()).isEqualTo(stored);
        assertThat(stored.target(high)).contains(new SlaTarget(high, 60, 240));
        assertThat(stored.hours().holidays()).containsExactly(LocalDate.of(2026, 4, 3));
        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), CaseSettingsEvent.SlaSettingsChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.changes()).extracting(FieldChange::field)
                        .containsExactly("hours.workingDays", "hours.holidays", "targets", "atRiskPercent"));
    }

    @Example
    void givenTargetsOnBusinessHours_whenACaseIsAnsweredWaitsAndIsResolved_thenItsClocksFollowTheCalendar() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId high = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        SlaSettings settings = admin.cases().updateSlaSettings(UpdateSlaSettings.from(admin.cases().slaSettings())
                .withTargets(List.of(new SlaTarget(high, 60, 240))).withAtRiskPercent(50));
        BusinessCalendar calendar = settings.calendar(ZoneId.of("America/Sao_Paulo"));
        Account account = admin.accounts().create(anAccount().build()).account();
        // Monday 09:00 in São Paulo: business hours run from 08:00 to 18:00.
        ServiceCase opened = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Down", CaseChannel.PHONE)
                .priorityId(high).build()));
        ServiceCase plain = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("No priority", CaseChannel.PHONE)
                .build()));
        Instant created = opened.createdAt();

        CaseSla fresh = admin.cases().sla(opened.id());
        assertThat(fresh.firstResponse().state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(fresh.firstResponse().dueAt()).isEqualTo(calendar.dueAt(created, Duration.ofMinutes(60), List.of()));
        assertThat(fresh.resolution().dueAt()).isEqualTo(calendar.dueAt(created, Duration.ofMinutes(240), List.of()));
        assertThat(opened.queueDueAt()).contains(fresh.firstResponse().dueAt());
        assertThat(admin.cases().sla(plain.id()).either(SlaState.NO_TARGET)).isTrue();
        assertThat(plain.queueDueAt()).isEmpty();

        clock.advance(Duration.ofMinutes(30));
        assertThat(admin.cases().sla(opened.id()).firstResponse().state()).isEqualTo(SlaState.AT_RISK);
        admin.cases().comment(AddCaseComment.internalNote(opened.id(), "Looking"));
        assertThat(admin.cases().sla(opened.id()).firstResponse().state()).as("a note is no answer").isEqualTo(SlaState.AT_RISK);
        admin.cases().comment(AddCaseComment.publicComment(opened.id(), "We are on it"));
        CaseSla answered = admin.cases().sla(opened.id());
        assertThat(answered.firstResponse().state()).isEqualTo(SlaState.MET);
        assertThat(answered.firstResponse().elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(answered.resolution().state()).isEqualTo(SlaState.ON_TRACK);

        ServiceCase waiting = admin.cases().changeStatus(ChangeCaseStatus.of(admin.cases().get(opened.id()), CaseStatus.WAITING_CUSTOMER));
        Instant pausedAt = clock.instant();
        clock.advance(Duration.ofDays(3));
        CaseSla paused = admin.cases().sla(opened.id());
        assertThat(paused.resolution().state()).isEqualTo(SlaState.PAUSED);
        assertThat(paused.resolution().dueAt()).isNull();
        assertThat(paused.resolution().elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(waiting.queueDueAt()).isEmpty();

        ServiceCase resumed = admin.cases().changeStatus(ChangeCaseStatus.of(waiting, CaseStatus.OPEN));
        List<ClockPause> pauses = List.of(new ClockPause(pausedAt, clock.instant()));
        Instant due = calendar.dueAt(created, Duration.ofMinutes(240), pauses);
        assertThat(resumed.pauses()).isEqualTo(pauses);
        assertThat(resumed.queueDueAt()).contains(due);
        assertThat(admin.cases().sla(opened.id()).resolution().dueAt()).isEqualTo(due);

        clock.set(due);
        assertThat(admin.cases().sla(opened.id()).resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(admin.cases().queue(CaseQueue.builder().slaStates(SlaState.BREACHED).build()).items())
                .extracting(q -> q.serviceCase().id()).containsExactly(opened.id());
        ServiceCase resolved = admin.cases().changeStatus(ChangeCaseStatus.of(resumed, CaseStatus.RESOLVED));
        CaseSla done = admin.cases().sla(resolved.id());
        assertThat(done.resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(done.firstResponse().state()).isEqualTo(SlaState.MET);
        assertThat(resolved.queueDueAt()).isEmpty();
        assertThat(admin.cases().get(resolved.id())).isEqualTo(resolved);
    }

    @Example
    void givenAQueue_whenFilteredAndPaged_thenTheMostUrgentComeFirstAndOnlyCasesTheActorReaches() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId high = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        CatalogEntryId low = tenant.addEntry(CatalogKind.PRIORITY, "Low").id();
        admin.cases().updateSlaSettings(UpdateSlaSettings.from(admin.cases().slaSettings())
                .withTargets(List.of(new SlaTarget(high, 30, 120), new SlaTarget(low, 480, 2400))));
        UserId bob = tenant.addUser("bob", AccessScope.PORTFOLIO).id();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase slow = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Slow", CaseChannel.EMAIL)
                .priorityId(low).build()));
        clock.advance(Duration.ofMinutes(10));
        ServiceCase urgent = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Urgent", CaseChannel.PHONE)
                .priorityId(high).assigneeId(bob).build()));
        ServiceCase none = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Whenever", CaseChannel.PORTAL).build()));

        Page<QueuedCase> first = admin.cases().queue(CaseQueue.builder().pageSize(2).build());
        Page<QueuedCase> second = admin.cases().queue(CaseQueue.builder().pageSize(2).build().after(first.nextCursor()));
        assertThat(first.items()).extracting(q -> q.serviceCase().id()).containsExactly(urgent.id(), slow.id());
        assertThat(second.items()).extracting(q -> q.serviceCase().id()).containsExactly(none.id());
        assertThat(second.hasNext()).isFalse();
        assertThat(first.items().get(0).sla().firstResponse().state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(admin.cases().queue(CaseQueue.builder().priorities(Set.of(low)).build()).items())
                .extracting(q -> q.serviceCase().id()).containsExactly(slow.id());
        assertThat(admin.cases().queue(CaseQueue.builder().slaStates(SlaState.NO_TARGET).build()).items())
                .extracting(q -> q.serviceCase().id()).containsExactly(none.id());
        assertThat(tenant.as(bob).cases().queue(CaseQueue.builder().build()).items())
                .as("bob reaches only the case assigned to him").extracting(q -> q.serviceCase().id()).containsExactly(urgent.id());
        thrown(NotFoundException.class, () -> tenant.as(bob).cases().queue(CaseQueue.builder().accounts(Set.of(account.id()))
                .build()));
        thrown(InvalidCommandException.class, () -> admin.cases().queue(CaseQueue.builder().opened(clock.instant(),
                clock.instant()).build()));
    }

    /**
     * Property: whatever moves are asked for, at whatever intervals, a case follows the model of the status machine —
     * an allowed move happens (a reopening only within the window), any other is refused and changes nothing — and the
     * history lists exactly the moves that happened.
     */
    @Property(tries = 12)
    void givenAnySequenceOfMoves_thenTheCaseFollowsTheModelOfTheStatusMachine(
            @ForAll("moves") List<Tuple.Tuple2<CaseStatus, Integer>> moves) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        admin.cases().updateSettings(new CaseSettings(3));
        ServiceCase current = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Case", CaseChannel.PHONE).build()));
        CaseStatus model = CaseStatus.NEW;
        Instant resolvedAt = null;
        int moved = 0;
        for (Tuple.Tuple2<CaseStatus, Integer> move : moves) {
            clock.advance(Duration.ofHours(move.get2()));
            CaseStatus to = move.get1();
            boolean allowed = switch (model) {
                case NEW -> to != CaseStatus.NEW;
                case OPEN -> to == CaseStatus.WAITING_CUSTOMER || to == CaseStatus.RESOLVED || to == CaseStatus.CLOSED;
                case WAITING_CUSTOMER -> to == CaseStatus.OPEN || to == CaseStatus.RESOLVED || to == CaseStatus.CLOSED;
                case RESOLVED -> to == CaseStatus.CLOSED
                        || (to == CaseStatus.OPEN && !clock.instant().isAfter(resolvedAt.plus(Duration.ofDays(3))));
                case CLOSED -> false;
            };
            ServiceCase before = current;
            try {
                current = admin.cases().changeStatus(ChangeCaseStatus.of(current, to));
            } catch (RuleViolationException refused) {
                assertThat(allowed).as("%s -> %s refused", model, to).isFalse();
                assertThat(admin.cases().get(before.id())).isEqualTo(before);
                continue;
            }
            assertThat(allowed).as("%s -> %s accepted", model, to).isTrue();
            moved++;
            if (to == CaseStatus.RESOLVED) {
                resolvedAt = clock.instant();
            } else if (to == CaseStatus.OPEN) {
                resolvedAt = null;
            }
            model = to;
            assertThat(current.status()).isEqualTo(model);
            assertThat(current.resolvedAt().orElse(null)).isEqualTo(resolvedAt);
        }
        List<String> statuses = new ArrayList<>();
        for (TimelineEntry entry : admin.cases().history(current.id())) {
            if (entry.type().equals("CaseStatusChanged")) {
                statuses.add(entry.changes().get(0).newValue());
            }
        }
        assertThat(statuses).hasSize(moved);
        assertThat(admin.cases().get(current.id()).status()).isEqualTo(model);
    }

    /** Moves to any status, each after 0 to 100 hours. */
    @Provide
    Arbitrary<List<Tuple.Tuple2<CaseStatus, Integer>>> moves() {
        return Arbitraries.of(CaseStatus.class).flatMap(status -> Arbitraries.integers().between(0, 100)
                .map(hours -> Tuple.of(status, hours))).list().ofMinSize(1).ofMaxSize(10);
    }
}
