package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.OverdueBalance;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.RecurrenceUnit;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.EventId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.BoardDateField;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.SaveBoardFilter;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.pipeline.TriState;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Example;

/**
 * Input no store can keep, or no query can run on, is refused at the boundary as invalid input naming its field,
 * on every store, and changes nothing: NUL characters and unpaired surrogates, texts and id lists beyond their
 * limits, dates outside {@link SupportedDates}, names that differ only in their Unicode normalization form,
 * {@code null} commands, cursors the library did not write for the tenant, and balances the host's billing
 * reports with a reference no store keeps.
 */
public abstract class InputBoundaryContract extends CrmKitSupport {

    @Example
    void givenANulInAName_whenTheAccountIsCreated_thenItIsRefusedNamingTheFieldAndNothingIsStored() {
        TestTenant tenant = newTenant();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .create(anAccount().named("Mercado\u0000 Bom Preço").build()));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("details.legalName", "InvalidCharacters"));
        assertThat(tenant.admin().accounts().query(AccountQuery.builder().build()).items()).isEmpty();
    }

    @Example
    void givenALoneSurrogateInAName_whenTheEntryIsCreated_thenItIsRefusedRatherThanStoredAsAQuestionMark() {
        TestTenant tenant = newTenant();

        InvalidCommandException high = thrown(InvalidCommandException.class, () -> tenant.admin().catalogs()
                .create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, "Fibra \uD83D")));
        InvalidCommandException low = thrown(InvalidCommandException.class, () -> tenant.admin().catalogs()
                .create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, "\uDE00 Fibra")));

        assertThat(List.of(high, low)).allSatisfy(e -> assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("name", "InvalidCharacters")));
        assertThat(tenant.admin().catalogs().list(CatalogKind.INTEREST_AREA)).isEmpty();
        // A pair is one character, and is kept as it is.
        CatalogEntry emoji = tenant.admin().catalogs().create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, "Fibra \uD83D\uDE00"));
        assertThat(tenant.admin().catalogs().get(emoji.id()).name()).isEqualTo("Fibra \uD83D\uDE00");
    }

    @Example
    void givenANameInNfdAfterTheSameNameInNfc_whenTheCatalogEntryIsCreated_thenItIsTheSameNameAndRefused() {
        TestTenant tenant = newTenant();
        tenant.admin().catalogs().create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, "Fibra \u00f3ptica"));

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().catalogs()
                .create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, "Fibra o\u0301ptica")));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("name", "Unique"));
        assertThat(tenant.admin().catalogs().list(CatalogKind.INTEREST_AREA)).hasSize(1);
    }

    @Example
    void givenAFilterSavedInNfc_whenTheSameNameIsSavedInNfd_thenTheOneFilterIsReplaced() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        tenant.admin().pipelines().saveFilter(new SaveBoardFilter(pipeline.id(), "Caf\u00e9", BoardFilter.DEFAULT));

        SavedFilter again = tenant.admin().pipelines().saveFilter(new SaveBoardFilter(pipeline.id(), "Cafe\u0301",
                BoardFilter.builder().archived(TriState.ALL).build()));

        assertThat(tenant.admin().pipelines().savedFilters(pipeline.id())).extracting(SavedFilter::id).containsExactly(again.id());
    }

    @Example
    void givenANameStoredInNfd_whenSearchedInNfc_thenItIsFound() {
        TestTenant tenant = newTenant();
        Account stored = tenant.admin().accounts().create(anAccount().named("Jose\u0301 Conceic\u0327a\u0303o").build()).account();

        Page<Account> found = tenant.admin().accounts().query(AccountQuery.builder().text("jos\u00e9 concei\u00e7\u00e3o").build());

        assertThat(found.items()).extracting(Account::id).containsExactly(stored.id());
        assertThat(tenant.admin().accounts().similarTo("Jos\u00e9 Concei\u00e7\u00e3o", 5)).isNotEmpty();
    }

    @Example
    void givenLocalDateMaxAsTheEndOfARecurrence_whenTheEntryIsCreated_thenItIsRefusedNamingTheField() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().agenda().create(new CreateAgendaEntry(
                account.id(), null, null, null, "Call", new Schedule.AnyTimeOn(LocalDate.of(2026, 3, 31)), null,
                new Recurrence(RecurrenceUnit.MONTHS, 1, LocalDate.MAX, null))));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("recurrence.until", "Range"));
        assertThat(tenant.admin().agenda().ofAccount(account.id())).isEmpty();
    }

    @Example
    void givenAScheduleInTheYear999999_whenTheEntryIsCreated_thenItIsRefusedNamingTheField() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().agenda().create(new CreateAgendaEntry(
                account.id(), null, null, null, "Call", new Schedule.AtTime(LocalDateTime.of(999_999, 1, 1, 10, 0)), null, null)));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("schedule.at", "Range"));
        assertThat(tenant.admin().agenda().ofAccount(account.id())).isEmpty();
    }

    @Example
    void givenTheWidestRangeJavaHas_whenABoardOrAReportIsAskedForIt_thenItIsRefusedNamingTheField() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        BoardFilter everything = BoardFilter.builder().dates(BoardDateField.CARD_CREATED, LocalDate.MIN, LocalDate.MAX).build();

        InvalidCommandException board = thrown(InvalidCommandException.class, () -> tenant.admin().cards().board(pipeline.id(), everything));
        InvalidCommandException report = thrown(InvalidCommandException.class,
                () -> tenant.admin().reports().agenda(LocalDate.MIN, LocalDate.MAX));
        InvalidCommandException listing = thrown(InvalidCommandException.class,
                () -> tenant.admin().reports().agendaListing(LocalDate.of(2026, 1, 1), LocalDate.of(10_000, 1, 1)));

        assertThat(board.violations()).extracting(Violation::path).containsExactly("from", "to");
        assertThat(report.violations()).extracting(Violation::path).containsExactly("from");
        assertThat(listing.violations()).extracting(Violation::path).containsExactly("to");
        // The range's own ends are accepted.
        assertThat(tenant.admin().reports().agenda(SupportedDates.FIRST_DAY, SupportedDates.LAST_DAY).total()).isZero();
        assertThat(tenant.admin().cards().board(pipeline.id(), BoardFilter.builder()
                .dates(BoardDateField.CARD_CREATED, SupportedDates.FIRST_DAY, SupportedDates.LAST_DAY).build()).columns()).isNotEmpty();
    }

    @Example
    void givenANullCommand_whenACommentIsAddedEditedOrDeleted_thenItIsRefusedAsInvalidInput() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();

        List<InvalidCommandException> refused = List.of(
                thrown(InvalidCommandException.class, () -> admin.cards().addComment(null)),
                thrown(InvalidCommandException.class, () -> admin.cards().editComment(null)),
                thrown(InvalidCommandException.class, () -> admin.cards().deleteComment(null)));

        assertThat(refused).allSatisfy(e -> assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("command", "NotNull")));
    }

    @Example
    void givenSeventyThousandIdsInAFilter_whenAccountsAreQueried_thenTheListIsRefusedBeforeAnyStoreSeesIt() {
        TestTenant tenant = newTenant();
        Set<UserId> responsibles = new HashSet<>();
        for (int i = 0; i < 70_000; i++) {
            responsibles.add(UserId.of("user-" + i));
        }

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().accounts()
                .query(AccountQuery.builder().responsibles(responsibles).build()));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("responsibles", "Size"));
    }

    @Example
    void givenTwoHundredThousandCharacters_whenSimilarNamesAreAsked_thenTheNameIsRefusedBeforeAnyStoreSeesIt() {
        TestTenant tenant = newTenant();
        tenant.admin().accounts().create(anAccount().build());

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> tenant.admin().accounts().similarTo("Mercado ".repeat(25_000), 10));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("name", "Size"));
    }

    @Example
    void givenCursorsForgedWithInstantsNoStoreHolds_whenPagesAreRead_thenEachIsRefusedAsAnInvalidCursor() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        String eventId = EventId.newId().toString();
        String accountId = UUID.randomUUID().toString();

        List<CrmException> refused = List.of(
                thrown(CrmException.class, () -> tenant.admin().accounts().timeline(account.id(),
                        BadArguments.unsignedCursor("timeline", "+999999-01-01T00:00:00Z", eventId), 10)),
                thrown(CrmException.class, () -> tenant.admin().accounts().timeline(account.id(),
                        BadArguments.unsignedCursor("timeline", Instant.MAX.toString(), eventId), 10)),
                thrown(CrmException.class, () -> tenant.admin().accounts().query(AccountQuery.builder()
                        .sort(AccountSort.CREATED, SortDirection.ASC).build()
                        .after(BadArguments.unsignedCursor("account", "CREATED", "ASC", Instant.MIN.toString(), accountId)))));

        assertThat(refused).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(InvalidCommandException.class,
                invalid -> assertThat(invalid.violations()).extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("cursor", "InvalidCursor"))));
    }

    @Example
    void givenCursorsOfAnotherTenantAndOfAnotherKey_whenPagesAreRead_thenTheyAreRefusedAndASharedKeyWorksOnEveryNode() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Crm nodeA = Crm.builder().store(store()).clock(clock).cursorKey(key).build();
        Crm nodeB = Crm.builder().store(store()).clock(clock).cursorKey(key).build();
        TestTenant tenant = newTenant();
        TestTenant other = newTenant();
        for (TestTenant t : List.of(tenant, other)) {
            t.admin().accounts().create(anAccount().named("Alfa").build());
            t.admin().accounts().create(anAccount().named("Beta").build());
        }
        AccountQuery firstPage = AccountQuery.builder().pageSize(1).build();
        String cursor = nodeA.as(Actor.of(tenant.id(), tenant.adminId())).accounts().query(firstPage).nextCursor();

        Page<Account> onNodeB = nodeB.as(Actor.of(tenant.id(), tenant.adminId())).accounts().query(firstPage.after(cursor));
        InvalidCommandException otherKey = thrown(InvalidCommandException.class,
                () -> tenant.admin().accounts().query(firstPage.after(cursor)));
        InvalidCommandException otherTenant = thrown(InvalidCommandException.class,
                () -> nodeB.as(Actor.of(other.id(), other.adminId())).accounts().query(firstPage.after(cursor)));

        assertThat(onNodeB.items()).extracting(a -> a.details().legalName()).containsExactly("Beta");
        assertThat(List.of(otherKey, otherTenant)).allSatisfy(e -> assertThat(e.violations())
                .extracting(Violation::path, Violation::code).containsExactly(tuple("cursor", "InvalidCursor")));
        assertThat(thrown(InvalidCommandException.class, () -> Crm.builder().store(store()).cursorKey(new byte[16]).build())
                .violations()).extracting(Violation::path).containsExactly("cursorKey");
    }

    @Example
    void givenABalanceSourceReportingAReferenceWithANul_whenTheRulesRun_thenTheRunIsRefusedNamingTheBalance() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        AgendaSettings settings = tenant.admin().agenda().settings();
        tenant.admin().agenda().updateSettings(new UpdateAgendaSettings(settings.legacyNoonIsAnyTime(),
                settings.contractNoticeDays(), settings.followUpStagnantCards(), true, settings.periodicCalls(),
                settings.templates(), settings.version()));
        Crm billing = Crm.builder().store(store()).clock(clock).balanceSource((tenantId, today) -> List.of(
                new OverdueBalance(account.id(), "NF-1", Money.of("10", "BRL"), today),
                new OverdueBalance(account.id(), "NF\u00002", Money.of("10", "BRL"), today))).build();

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> billing.agendaRules().run(tenant.id(), clock.instant()));

        assertThat(e.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("balances[1].reference", "InvalidCharacters"));
        assertThat(tenant.admin().agenda().ofAccount(account.id())).isEmpty();
    }

    @Example
    void givenATimelineCursor_whenItIsUsedForAnotherListing_thenItIsRefused() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(anAccount().build()).account();
        for (int i = 0; i < 3; i++) {
            tenant.admin().accounts().classify(new ClassifyAccount(account.id(),
                    i % 2 == 0 ? Classification.PROSPECT : Classification.LEAD, null));
        }
        Page<TimelineEntry> first = tenant.admin().accounts().timeline(account.id(), null, 1);

        InvalidCommandException e = thrown(InvalidCommandException.class,
                () -> tenant.admin().contacts().directory(null, first.nextCursor(), 10));

        assertThat(tenant.admin().accounts().timeline(account.id(), first.nextCursor(), 1).items()).hasSize(1);
        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("cursor", "InvalidCursor"));
    }
}
