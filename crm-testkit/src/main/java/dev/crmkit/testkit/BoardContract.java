package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aCard;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.common.CardId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Violation;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardDateField;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.StageColumn;
import dev.crmkit.pipeline.TriState;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;

/**
 * The board of a pipeline: every page size, per-currency sums, the default filter that hides
 * archived cards, walking a stage with its cursor, and bad filters named field by field. The random combinations
 * of every filter are in {@link BoardQueryProperties}.
 */
public abstract class BoardContract extends CrmKitSupport {

    @Example
    void givenAStageOf520Cards_whenLoadedWithEachPageSize_thenEachPageHoldsThatManyAndTheCursorWalksTheRest() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        List<CardId> created = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            created.add(admin.cards().create(aCard(pipeline, "Card " + i)).id());
        }

        for (int size : List.of(10, 20, 50, 100, 500)) {
            StageColumn first = admin.cards().board(pipeline.id(), BoardFilter.builder().cardsPerStage(size).build())
                    .columns().get(0);
            assertThat(first.cards()).as("page of %d", size).hasSize(size);
            assertThat(first.total()).isEqualTo(520);
            List<CardId> walked = new ArrayList<>(first.cards().stream().map(CardSummary::id).toList());
            String cursor = first.nextCursor();
            while (cursor != null) {
                Page<CardSummary> page = admin.cards().stage(pipeline.id(), first.stage().id(),
                        BoardFilter.builder().cardsPerStage(size).build(), cursor);
                walked.addAll(page.items().stream().map(CardSummary::id).toList());
                cursor = page.nextCursor();
            }
            assertThat(walked).as("page of %d walked", size).containsExactlyElementsOf(created);
        }
    }

    @Example
    void givenCardsOfAccountsInAndOutOfAUsersScope_whenItReadsTheBoardOrAStage_thenOnlyTheNamesItMaySeeAreShown() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var ana = tenant.addUser("ana", AccessScope.PORTFOLIO);
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Pipeline pipeline = aPipeline().withUsers(ana.id(), bob.id()).createdBy(admin);
        Account anas = admin.accounts().create(anAccount().named("Ana's Prospect").responsibles(ana.id()).build()).account();
        Account bobs = admin.accounts().create(anAccount().named("Bob's Secret Prospect").responsibles(bob.id()).build()).account();
        // The first page of the stage (ten cards) and the page after it each hold a card Ana sees and one she does not.
        List<Card> cards = new ArrayList<>();
        cards.add(admin.cards().create(linked(pipeline, "Seen", anas)));
        cards.add(admin.cards().create(linked(pipeline, "Hidden", bobs)));
        for (int i = 0; i < 9; i++) {
            cards.add(admin.cards().create(aCard(pipeline, "Unlinked " + i)));
        }
        Account anasOther = admin.accounts().create(anAccount().named("Ana's Other").responsibles(ana.id()).build()).account();
        cards.add(admin.cards().create(linked(pipeline, "Seen on page two", anasOther)));
        Account bobsOther = admin.accounts().create(anAccount().named("Bob's Other Secret").responsibles(bob.id()).build()).account();
        cards.add(admin.cards().create(linked(pipeline, "Hidden on page two", bobsOther)));
        BoardFilter tenPerPage = BoardFilter.builder().cardsPerStage(10).build();

        StageColumn first = tenant.as(ana.id()).cards().board(pipeline.id(), tenPerPage).columns().get(0);
        List<CardSummary> second = tenant.as(ana.id()).cards()
                .stage(pipeline.id(), pipeline.stages().get(0).id(), tenPerPage, first.nextCursor()).items();
        List<CardSummary> asAdmin = admin.cards().board(pipeline.id(), BoardFilter.builder().cardsPerStage(20).build())
                .columns().get(0).cards();

        List<CardSummary> read = new ArrayList<>(first.cards());
        read.addAll(second);
        assertThat(read).extracting(CardSummary::id).containsExactlyElementsOf(cards.stream().map(Card::id).toList());
        assertThat(read).filteredOn(c -> c.accountId() != null)
                .extracting(CardSummary::name, CardSummary::accountId, CardSummary::accountName, CardSummary::accountHidden)
                .containsExactly(tuple("Seen", anas.id(), "Ana's Prospect", false), tuple("Hidden", bobs.id(), null, true),
                        tuple("Seen on page two", anasOther.id(), "Ana's Other", false),
                        tuple("Hidden on page two", bobsOther.id(), null, true));
        assertThat(read.toString()).doesNotContain("Bob's");
        assertThat(asAdmin).extracting(CardSummary::accountName).filteredOn(name -> name != null)
                .containsExactly("Ana's Prospect", "Bob's Secret Prospect", "Ana's Other", "Bob's Other Secret");
    }

    private static CreateCard linked(Pipeline pipeline, String name, Account account) {
        return new CreateCard(pipeline.id(), null, name, null, null, null, null, null, null, account.id());
    }

    @Example
    void givenValuesInTwoCurrencies_whenTheBoardLoads_thenEachStageSumsThemPerCurrency() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        StageId first = pipeline.stages().get(0).id();
        admin.cards().create(valued(pipeline, first, Money.of("1500", "BRL")));
        admin.cards().create(valued(pipeline, first, Money.of("250.5", "BRL")));
        admin.cards().create(valued(pipeline, first, Money.of("99.99", "USD")));
        admin.cards().create(valued(pipeline, first, null));
        admin.cards().create(valued(pipeline, pipeline.stages().get(1).id(), Money.of("1", "JPY")));

        Board board = admin.cards().board(pipeline.id(), BoardFilter.DEFAULT);

        assertThat(board.columns()).extracting(StageColumn::total, StageColumn::sums).containsExactly(
                tuple(4L, List.of(Money.of("1750.50", "BRL"), Money.of("99.99", "USD"))),
                tuple(1L, List.of(Money.of("1", "JPY"))),
                tuple(0L, List.of()));
    }

    @Example
    void givenArchivedCards_whenTheDefaultFilterIsUsed_thenTheyAreHiddenUntilAskedFor() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Card kept = admin.cards().create(aCard(pipeline, "Kept"));
        Card archived = admin.cards().create(aCard(pipeline, "Archived"));
        admin.cards().archive(new CardOutcome(archived.id(), archived.version()));

        assertThat(admin.cards().board(pipeline.id(), BoardFilter.DEFAULT).columns().get(0).cards())
                .extracting(CardSummary::id).containsExactly(kept.id());
        assertThat(admin.cards().board(pipeline.id(), BoardFilter.builder().archived(TriState.YES).build()).columns().get(0)
                .cards()).extracting(CardSummary::id, CardSummary::archived).containsExactly(tuple(archived.id(), true));
        assertThat(admin.cards().board(pipeline.id(), BoardFilter.builder().archived(TriState.ALL).build()).columns().get(0)
                .total()).isEqualTo(2);
        assertThat(admin.pipelines().clearFilters(pipeline.id())).isEqualTo(BoardFilter.DEFAULT);
    }

    @Example
    void givenCardsCreatedOnDifferentDays_whenOrderedByDateAndLimitedToARange_thenTheTenantsDaysCount() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        // START is 2 March 2026 12:00 UTC, 09:00 in São Paulo: each card is created one day later, at 09:00 local.
        List<CardId> byDay = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            byDay.add(admin.cards().create(aCard(pipeline, "Day " + day)).id());
            clock.advance(Duration.ofDays(1));
        }
        LocalDate firstDay = LocalDate.of(2026, 3, 2);

        Board range = admin.cards().board(pipeline.id(), BoardFilter.builder()
                .dates(BoardDateField.CARD_CREATED, firstDay.plusDays(1), firstDay.plusDays(3))
                .order(BoardOrder.DESCENDING).build());
        Board ascending = admin.cards().board(pipeline.id(), BoardFilter.builder().order(BoardOrder.ASCENDING).build());

        assertThat(range.columns().get(0).cards()).extracting(CardSummary::id)
                .containsExactly(byDay.get(3), byDay.get(2), byDay.get(1));
        assertThat(ascending.columns().get(0).cards()).extracting(CardSummary::id).containsExactlyElementsOf(byDay);
    }

    @Example
    void givenBadFiltersAndCursors_whenTheBoardIsAskedFor_thenEachProblemIsNamedInTheCallersLanguage() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        CrmSession inPortuguese = tenant.as(tenant.adminId(), Locale.forLanguageTag("pt-BR"));
        BoardFilter bad = new BoardFilter(BoardDateField.CARD_CREATED, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 1), null, 15, null, null, null, TriState.ALL, TriState.ALL, TriState.NO, TriState.ALL,
                TriState.ALL, TriState.ALL);

        InvalidCommandException badFilter = thrown(InvalidCommandException.class,
                () -> inPortuguese.cards().board(pipeline.id(), bad));
        InvalidCommandException badCursor = thrown(InvalidCommandException.class, () -> inPortuguese.cards()
                .stage(pipeline.id(), pipeline.stages().get(0).id(), BoardFilter.DEFAULT, "not-a-cursor"));
        thrown(NotFoundException.class, () -> inPortuguese.cards().stage(pipeline.id(), StageId.newId(), BoardFilter.DEFAULT,
                "not-a-cursor"));

        assertThat(badFilter.violations()).extracting(Violation::path, Violation::code, Violation::message)
                .containsExactlyInAnyOrder(tuple("filter.cardsPerStage", "OneOf", "deve ser um de: 10, 20, 50, 100, 500"),
                        tuple("filter.to", "AfterFrom", "deve ser posterior ao início do período"));
        assertThat(badCursor.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("cursor", "InvalidCursor"));
    }

    private static CreateCard valued(Pipeline pipeline, StageId stage, Money value) {
        return new CreateCard(pipeline.id(), stage, "Valued", null, null, null, null, value, null, null);
    }
}
