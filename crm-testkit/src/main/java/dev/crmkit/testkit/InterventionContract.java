package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.ConcludeIntervention;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.DispatchIntervention;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.WorkReport;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.AttachmentContent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Example;

/**
 * On-site interventions: dispatched for a case or an account to an operator, listed on the case, attachments through
 * the document store, concluded once with a work report, events and timeline, bad input named, access through the
 * account's scope or as the case's assignee.
 */
public abstract class InterventionContract extends CrmKitSupport {

    private static final Schedule MONDAY_NINE = new Schedule.AtTime(LocalDateTime.of(2030, 3, 4, 9, 0));

    @Example
    void givenACase_whenAnOperatorIsSentAndReports_thenTheCaseListsTheInterventionWithItsReportEventsAndTimeline() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId ana = tenant.addUser("ana", AccessScope.ALL).id();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase serviceCase = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("No signal", CaseChannel.ON_SITE).build()));
        AgendaEntry other = admin.agenda().create(CreateAgendaEntry.about(account.id(), null, "Call back", null));

        AgendaEntry sent = admin.agenda().dispatch(DispatchIntervention.builder("Replace the antenna", MONDAY_NINE, ana)
                .caseId(serviceCase.id()).build());
        Attachment photo = tenant.as(ana).agenda().attach(sent.id(), new AttachFile("roof.jpg", "image/jpeg"),
                new ByteArrayInputStream("jpeg".getBytes(StandardCharsets.UTF_8)));
        Attachment sheet = tenant.as(ana).agenda().attach(sent.id(), new AttachFile("sheet.pdf", "application/pdf"),
                new ByteArrayInputStream("pdf".getBytes(StandardCharsets.UTF_8)));
        AgendaEntry attached = admin.agenda().get(sent.id());
        AgendaEntry concluded = tenant.as(ana).agenda().concludeIntervention(new ConcludeIntervention(
                new AgendaEntryAt(attached.id(), attached.version()), " Antenna replaced ", List.of(sheet.id()), "INV-77"));

        assertThat(sent.onSite()).isTrue();
        assertThat(sent.caseId()).contains(serviceCase.id());
        assertThat(sent.accountId()).isEqualTo(account.id());
        assertThat(sent.userId()).isEqualTo(ana);
        assertThat(sent.pending()).isTrue();
        assertThat(attached.attachments()).containsExactly(photo, sheet);
        assertThat(concluded.pending()).isFalse();
        assertThat(concluded.workReport()).map(WorkReport::text).contains("Antenna replaced");
        assertThat(concluded.workReport().orElseThrow().attachmentIds()).containsExactly(sheet.id());
        assertThat(concluded.workReport().orElseThrow().invoice()).contains("INV-77");
        assertThat(admin.agenda().ofCase(serviceCase.id())).containsExactly(concluded);
        assertThat(admin.agenda().ofAccount(account.id())).contains(concluded, other);
        try (AttachmentContent content = admin.agenda().openAttachment(sent.id(), sheet.id())) {
            assertThat(new String(content.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("pdf");
        }
        RuleViolationException again = thrown(RuleViolationException.class, () -> admin.agenda().concludeIntervention(
                new ConcludeIntervention(new AgendaEntryAt(concluded.id(), concluded.version()), "Twice", List.of(), null)));
        assertThat(again.field()).contains("entry.entryId");
        thrown(RuleViolationException.class, () -> admin.agenda().removeAttachment(sent.id(), sheet.id()));
        AgendaEntry withoutPhoto = admin.agenda().removeAttachment(sent.id(), photo.id());
        assertThat(withoutPhoto.attachments()).containsExactly(sheet);
        assertThat(admin.agenda().get(sent.id())).isEqualTo(withoutPhoto);

        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), AgendaEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AgendaEntryCreated", "InterventionDispatched", "AgendaAttachmentChanged",
                        "AgendaAttachmentChanged", "InterventionConcluded", "AgendaAttachmentChanged");
        AgendaEvent.InterventionConcluded done = published.eventsOf(tenant.id(), AgendaEvent.InterventionConcluded.class).get(0);
        assertThat(done.caseId()).isEqualTo(serviceCase.id());
        assertThat(done.invoiceReference()).isEqualTo("INV-77");
        assertThat(done.attachmentIds()).containsExactly(sheet.id());
        assertThat(admin.accounts().timeline(account.id(), null, 50).items()).extracting(TimelineEntry::summary)
                .anySatisfy(s -> assertThat(s).contains("Replace the antenna").contains("2030-03-04"))
                .anySatisfy(s -> assertThat(s).contains("Antenna replaced"))
                .anySatisfy(s -> assertThat(s).contains("roof.jpg"));
    }

    @Example
    void givenBadInput_whenDispatchedOrConcluded_thenEachProblemIsNamedAndNothingChanges() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        Account another = admin.accounts().create(anAccount().named("Other Ltd").build()).account();
        ServiceCase serviceCase = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Leak", CaseChannel.PHONE).build()));

        InvalidCommandException noSubject = thrown(InvalidCommandException.class, () -> admin.agenda().dispatch(
                DispatchIntervention.builder("Fix", MONDAY_NINE, tenant.adminId()).build()));
        InvalidCommandException wrong = thrown(InvalidCommandException.class, () -> admin.agenda().dispatch(
                DispatchIntervention.builder("Fix", MONDAY_NINE, UserId.of("ghost")).caseId(serviceCase.id())
                        .accountId(another.id()).build()));
        InvalidCommandException unscheduled = thrown(InvalidCommandException.class, () -> admin.agenda().dispatch(
                DispatchIntervention.builder("Fix", null, tenant.adminId()).accountId(account.id()).build()));
        AgendaEntry plain = admin.agenda().create(CreateAgendaEntry.about(account.id(), null, "Call", null));
        InvalidCommandException notOnSite = thrown(InvalidCommandException.class, () -> admin.agenda().concludeIntervention(
                new ConcludeIntervention(new AgendaEntryAt(plain.id(), plain.version()), "Done", List.of(), null)));
        AgendaEntry sent = admin.agenda().dispatch(DispatchIntervention.builder("Fix", MONDAY_NINE, tenant.adminId())
                .accountId(account.id()).build());
        InvalidCommandException unknownFile = thrown(InvalidCommandException.class, () -> admin.agenda().concludeIntervention(
                new ConcludeIntervention(new AgendaEntryAt(sent.id(), sent.version()), "Done", List.of(DocumentId.newId()), null)));

        assertThat(noSubject.violations()).extracting(Violation::path).containsExactly("accountId");
        assertThat(wrong.violations()).extracting(Violation::path).containsExactlyInAnyOrder("accountId", "operatorId");
        assertThat(unscheduled.violations()).extracting(Violation::path).containsExactly("schedule");
        assertThat(notOnSite.violations()).extracting(Violation::path).containsExactly("entry.entryId");
        assertThat(unknownFile.violations()).extracting(Violation::path).containsExactly("attachmentIds[0]");
        assertThat(admin.agenda().get(sent.id())).isEqualTo(sent);
        assertThat(admin.agenda().ofCase(serviceCase.id())).isEmpty();
        assertThat(sent.caseId()).isEmpty();
    }

    @Example
    void givenAPortfolioUserAssignedToTheCase_whenSentOnSite_thenTheyReachTheInterventionAndOthersDoNot() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId bob = tenant.addUser("bob", AccessScope.PORTFOLIO).id();
        UserId eve = tenant.addUser("eve", AccessScope.PORTFOLIO).id();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase serviceCase = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Mine", CaseChannel.PHONE)
                .assigneeId(bob).build()));

        AgendaEntry sent = admin.agenda().dispatch(DispatchIntervention.builder("Visit", MONDAY_NINE, bob)
                .caseId(serviceCase.id()).build());
        AgendaEntry done = tenant.as(bob).agenda().concludeIntervention(new ConcludeIntervention(
                new AgendaEntryAt(sent.id(), sent.version()), "Visited", List.of(), null));

        assertThat(tenant.as(bob).agenda().ofCase(serviceCase.id())).containsExactly(done);
        assertThat(tenant.as(bob).agenda().get(sent.id())).isEqualTo(done);
        thrown(NotFoundException.class, () -> tenant.as(eve).agenda().get(sent.id()));
        thrown(NotFoundException.class, () -> tenant.as(eve).agenda().ofCase(serviceCase.id()));
        thrown(NotFoundException.class, () -> tenant.as(eve).agenda().dispatch(DispatchIntervention.builder("Sneak", MONDAY_NINE, eve)
                .caseId(serviceCase.id()).build()));
        thrown(NotFoundException.class, () -> tenant.as(eve).agenda().attach(sent.id(), new AttachFile("x.txt", "text/plain"),
                new ByteArrayInputStream(new byte[] {1})));
    }
}
