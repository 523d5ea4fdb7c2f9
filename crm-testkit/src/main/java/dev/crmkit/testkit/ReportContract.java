package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Violation;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.io.StatisticsExport;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.report.AgendaListingRow;
import dev.crmkit.report.AgendaStatistics;
import dev.crmkit.report.PipelineStatistics;
import dev.crmkit.report.StatisticsCount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;

/**
 * Statistics: the agenda entries created in a range of days of the tenant's zone, counted by type, user and status
 * and listed (and exported) for the reader's scope; a pipeline's cards per stage, outcomes and time in stage.
 */
public abstract class ReportContract extends CrmKitSupport {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Example
    void givenEntriesOverSeveralDays_whenCountedForARange_thenOnlyThoseCreatedInItAndInScopeCount() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        CatalogEntry visit = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit");
        CatalogEntry call = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Call");
        Account bobs = tenant.as(bob.id()).accounts().create(anAccount().named("Bob's").build()).account();
        Account admins = admin.accounts().create(anAccount().named("Admin's").build()).account();
        clock.set(Instant.parse("2026-03-01T12:00:00Z"));
        create(admin, bobs, visit, "before the range");
        // 23:30 on Monday in São Paulo is already Tuesday in UTC: it counts for Monday.
        clock.set(Instant.parse("2026-03-03T02:30:00Z"));
        AgendaEntry mondayVisit = create(admin, bobs, visit, "late Monday visit");
        AgendaEntry bobsCall = create(tenant.as(bob.id()), bobs, call, "Tuesday call");
        create(admin, admins, visit, "not Bob's");
        admin.agenda().conclude(new AgendaEntryAt(mondayVisit.id(), mondayVisit.version()));
        clock.set(Instant.parse("2026-03-04T03:30:00Z"));
        create(admin, bobs, null, "after the range");

        AgendaStatistics all = admin.reports().agenda(MONDAY, MONDAY.plusDays(1));
        AgendaStatistics bobsView = tenant.as(bob.id()).reports().agenda(MONDAY, MONDAY.plusDays(1));

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.byType()).extracting(StatisticsCount::label, StatisticsCount::count)
                .containsExactly(tuple("Visit", 2L), tuple("Call", 1L));
        assertThat(all.byUser()).extracting(StatisticsCount::key, StatisticsCount::count)
                .containsExactly(tuple("admin", 2L), tuple("bob", 1L));
        assertThat(all.byStatus()).extracting(StatisticsCount::key, StatisticsCount::label, StatisticsCount::count)
                .containsExactly(tuple("PENDING", "Pending", 2L), tuple("CONCLUDED", "Concluded", 1L));
        assertThat(bobsView.total()).isEqualTo(2);
        assertThat(bobsView.byUser()).extracting(StatisticsCount::key).containsExactlyInAnyOrder("admin", "bob");
        assertThat(bobsCall.createdAt()).isEqualTo(Instant.parse("2026-03-03T02:30:00Z"));
    }

    @Example
    void givenARange_whenListedAndExportedAsCsv_thenTheRowsCarryTheTenantsTimesAndNames() throws IOException {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntry visit = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visita técnica");
        Account account = admin.accounts().create(anAccount().named("Ação Telecom").build()).account();
        Contact joao = admin.contacts().add(new AddContact(account.id(), ContactDetails.named("João")));
        List<AgendaEntry> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.set(Instant.parse("2026-03-02T12:00:00Z").plus(Duration.ofHours(i)));
            created.add(admin.agenda().create(new CreateAgendaEntry(null, joao.id(), null, visit.id(), i == 0 ? "=1+1" : "Visita " + i,
                    i % 2 == 0 ? new Schedule.AnyTimeOn(MONDAY.plusDays(i)) : new Schedule.AtTime(MONDAY.plusDays(i).atTime(10, 5)),
                    null, null)));
        }

        List<AgendaListingRow> rows = new ArrayList<>();
        admin.reports().agendaListing(MONDAY, MONDAY).forEach(rows::add);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        Locale portuguese = Locale.forLanguageTag("pt-BR");
        new StatisticsExport(portuguese).writeCsv(tenant.as(tenant.adminId(), portuguese).reports().agendaListing(MONDAY, MONDAY), csv);

        assertThat(rows).extracting(AgendaListingRow::entryId).containsExactlyElementsOf(created.stream().map(AgendaEntry::id).toList());
        AgendaListingRow second = rows.get(1);
        assertThat(second.createdAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assertThat(second.accountName()).isEqualTo("Ação Telecom");
        assertThat(second.contactName()).isEqualTo("João");
        assertThat(second.typeName()).isEqualTo("Visita técnica");
        assertThat(second.userName()).isEqualTo("Admin");
        assertThat(second.scheduledTime()).isEqualTo(LocalDateTime.of(2026, 3, 3, 10, 5));
        // No field of this listing holds a comma, a quote or a line break: lines and commas split it exactly, and a
        // quoted field is its text between the quotes.
        List<String[]> lines = new String(csv.toByteArray(), StandardCharsets.UTF_8).lines()
                .map(l -> Arrays.stream(l.split(",", -1))
                        .map(f -> f.length() > 1 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f)
                        .toArray(String[]::new))
                .toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).containsExactly("2026-03-02 09:00", "Ação Telecom", "João", "Visita técnica", "Admin", "Pendente",
                "2026-03-02", "'=1+1");
        assertThat(lines.get(2)).containsExactly("2026-03-02 10:00", "Ação Telecom", "João", "Visita técnica", "Admin", "Pendente",
                "2026-03-03 10:05", "Visita 1");
        InvalidCommandException reversed = thrown(InvalidCommandException.class,
                () -> admin.reports().agendaListing(MONDAY, MONDAY.minusDays(1)));
        assertThat(reversed.violations()).extracting(Violation::path).containsExactly("to");
    }

    @Example
    void givenMoreEntriesThanAPage_whenListedAndCounted_thenEveryVisibleEntryComesOnceInCreationOrder() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Account bobs = admin.accounts().create(anAccount().named("Bob's").responsibles(bob.id()).build()).account();
        Account hidden = admin.accounts().create(anAccount().named("Hidden").build()).account();
        List<AgendaEntry> visible = new ArrayList<>();
        StoreFixtures.run(store(), tenant.id(), uow -> {
            for (int i = 0; i < 1_234; i++) {
                // Every third entry is on an account Bob does not see; some share an instant.
                Instant at = Instant.parse("2026-03-02T12:00:00Z").plusSeconds(i / 2);
                AgendaEntry entry = uow.agenda().insert(AgendaEntry.create(i % 3 == 0 ? hidden.id() : bobs.id(), null, null, null,
                        "Entry " + i, null, bob.id(), bob.id(), null, null, at));
                if (i % 3 != 0) {
                    visible.add(entry);
                }
            }
        });
        visible.sort(Comparator.comparing(AgendaEntry::createdAt).thenComparing(AgendaEntry::id));

        List<AgendaListingRow> rows = new ArrayList<>();
        tenant.as(bob.id()).reports().agendaListing(MONDAY, MONDAY).forEach(rows::add);
        AgendaStatistics statistics = tenant.as(bob.id()).reports().agenda(MONDAY, MONDAY);
        AgendaStatistics all = admin.reports().agenda(MONDAY, MONDAY);

        assertThat(rows).extracting(AgendaListingRow::entryId).containsExactlyElementsOf(visible.stream().map(AgendaEntry::id).toList());
        assertThat(statistics.total()).isEqualTo(visible.size());
        assertThat(all.total()).isEqualTo(1_234);
    }

    @Example
    void givenCardsMovedWonAndLost_whenThePipelineIsCounted_thenStagesOutcomesAndTimeInStageAreRight() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Pipeline pipeline = aPipeline().withStages(List.of(new NewStage("Lead", "#CCCCCC", 5), new NewStage("Proposal", "#FF6600", 0)))
                .createdBy(admin);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account account = admin.accounts().create(anAccount().named("Prospect " + i).build()).account();
            cards.add(admin.cards().create(new CreateCard(pipeline.id(), null, "Deal " + i, null, null, null, null, null, null,
                    account.id())));
        }
        clock.advance(Duration.ofDays(2));
        admin.cards().move(new MoveCard(cards.get(0).id(), pipeline.stages().get(1).id(), null, cards.get(0).version()));
        admin.cards().convertToCustomer(new CardOutcome(cards.get(1).id(), null));
        admin.cards().markLost(new MarkCardLost(cards.get(2).id(), "price", null));
        clock.advance(Duration.ofDays(4));

        PipelineStatistics statistics = admin.reports().pipeline(pipeline.id());

        assertThat(statistics.stages()).extracting(s -> s.name(), s -> s.openCards(), s -> s.stagnant())
                .containsExactly(tuple("Lead", 2L, 2L), tuple("Proposal", 1L, 0L));
        assertThat(statistics.stages().get(0).averageDaysInStage()).isCloseTo(6.0, within(0.001));
        assertThat(statistics.stages().get(1).averageDaysInStage()).isCloseTo(4.0, within(0.001));
        assertThat(statistics.won()).isEqualTo(1);
        assertThat(statistics.lost()).isEqualTo(1);
        assertThat(statistics.conversionRate()).isCloseTo(0.5, within(1e-9));
        assertThat(statistics.stagnant()).isEqualTo(2);
        assertThat(thrown(NotFoundException.class, () -> tenant.as(bob.id()).reports().pipeline(pipeline.id())).field())
                .contains("pipelineId");
    }

    private static AgendaEntry create(CrmSession session, Account account, CatalogEntry type, String description) {
        return session.agenda().create(CreateAgendaEntry.about(account.id(), type == null ? null : type.id(), description, null));
    }
}
