package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.TaxId;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.StageId;
import dev.crmkit.common.Violation;
import dev.crmkit.event.CardEvent;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.ImportCards;
import dev.crmkit.pipeline.ImportedCard;
import dev.crmkit.pipeline.Pipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Bulk card import: all rows or none, each row's problems named by its index and field in the actor's language, the
 * cards at the end of their stages in the rows' order, accounts linked by id or by tax id (one open card per account
 * and pipeline, among the rows too), and each card recorded as created, with its history.
 */
public abstract class CardImportContract extends CrmKitSupport {

    @Example
    void givenRowsForTwoStages_whenImported_thenTheyLandAtTheEndOfTheirStagesInOrderEachRecordedAsCreated() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Pipeline created = aPipeline().withStages("Lead", "Proposal").withUsers(bob.id()).createdBy(admin);
        LabelId hot = admin.pipelines().addLabel(new AddLabel(created.id(), "Hot", "#FF0000")).id();
        Pipeline pipeline = admin.pipelines().get(created.id());
        StageId lead = pipeline.stages().get(0).id();
        StageId proposal = pipeline.stages().get(1).id();
        Card existing = admin.cards().create(PipelineTestData.aCard(pipeline, "Already there"));
        TaxId cnpj = TaxIdSamples.cnpj();
        Account byTax = admin.accounts().create(anAccount().named("By Tax").withTaxId(cnpj).build()).account();
        Account byId = admin.accounts().create(anAccount().named("By Id").build()).account();

        List<CardId> ids = admin.cards().importCards(new ImportCards(pipeline.id(), List.of(
                ImportedCard.named(" One ").labels(Set.of(hot)).members(Set.of(bob.id())).salespersonId(bob.id())
                        .value(Money.of("1500", "BRL")).accountTaxId(cnpj.country(), cnpj.number()).build(),
                ImportedCard.named("Two").stageId(proposal).accountId(byId.id()).build(),
                ImportedCard.named("Three").build(),
                ImportedCard.named("Four").stageId(proposal).description("Legacy #4").build())));

        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        List<Card> cards = ids.stream().map(id -> admin.cards().get(id)).toList();
        assertThat(cards).extracting(Card::name).containsExactly("One", "Two", "Three", "Four");
        assertThat(cards).extracting(Card::stageId).containsExactly(lead, proposal, lead, proposal);
        assertThat(cards.get(0).accountId()).contains(byTax.id());
        assertThat(cards.get(0).labels()).containsExactly(hot);
        assertThat(cards.get(0).members()).contains(bob.id());
        assertThat(cards.get(0).value()).contains(Money.of("1500.00", "BRL"));
        assertThat(cards.get(1).accountId()).contains(byId.id());
        assertThat(cards.get(3).description()).contains("Legacy #4");
        assertThat(cards).allSatisfy(card -> assertThat(card.createdBy()).isEqualTo(tenant.adminId()));
        assertThat(column(admin, pipeline, lead)).containsExactly("Already there", "One", "Three");
        assertThat(column(admin, pipeline, proposal)).containsExactly("Two", "Four");
        assertThat(cards.get(0).position()).isGreaterThan(existing.position());
        assertThat(published.eventsOf(tenant.id(), CardEvent.CardCreated.class)).extracting(CardEvent.CardCreated::cardName)
                .containsExactly("Already there", "One", "Two", "Three", "Four");
        assertThat(admin.pipelines().cardHistory(ids.get(0), null, 50).items()).extracting(HistoryEntry::field)
                .contains("name", "value");
        // A card placed after the import goes after the imported ones.
        Card after = admin.cards().create(PipelineTestData.aCard(pipeline, "After"));
        assertThat(column(admin, pipeline, lead)).containsExactly("Already there", "One", "Three", "After");
        assertThat(after.position()).isGreaterThan(cards.get(2).position());
    }

    @Example
    void givenManyRows_whenImported_thenTheirPositionsStayShortAndInOrder() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        List<ImportedCard> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(ImportedCard.named("Card %04d".formatted(i)).build());
        }

        List<CardId> ids = admin.cards().importCards(new ImportCards(pipeline.id(), rows));

        List<String> positions = ids.stream().map(id -> admin.cards().get(id).position()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates().allSatisfy(p -> assertThat(p.length()).isLessThan(8));
        assertThat(column(admin, pipeline, pipeline.stages().get(0).id())).startsWith("Card 0000", "Card 0001", "Card 0002");
    }

    @Example
    void givenRowsWithProblems_whenImported_thenEveryRowsProblemsAreNamedInTheActorsLanguageAndNothingLands() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var inactive = tenant.addUser("gone", AccessScope.ALL);
        var outsider = tenant.addUser("outsider", AccessScope.ALL);
        Pipeline pipeline = aPipeline().withUsers(inactive.id()).createdBy(admin);
        admin.users().deactivate(inactive.id());
        Pipeline other = aPipeline().createdBy(admin);
        Account busy = admin.accounts().create(anAccount().named("Busy").build()).account();
        Card open = admin.cards().create(new dev.crmkit.pipeline.CreateCard(pipeline.id(), null, "Open one", null, null, null,
                null, null, null, busy.id()));
        Account twice = admin.accounts().create(anAccount().named("Twice").build()).account();
        TaxId unknownTax = TaxIdSamples.cnpj();
        int cardsBefore = column(admin, pipeline, pipeline.stages().get(0).id()).size();

        List<ImportedCard> rows = List.of(
                ImportedCard.named("Fine").build(),
                ImportedCard.named("Bad stage").stageId(other.stages().get(0).id()).build(),
                ImportedCard.named("Bad label").labels(Set.of(LabelId.newId())).build(),
                ImportedCard.named("Bad people").members(Set.of(outsider.id())).salespersonId(inactive.id()).build(),
                ImportedCard.named("Busy account").accountId(busy.id()).build(),
                ImportedCard.named("First of two").accountId(twice.id()).build(),
                ImportedCard.named("Second of two").accountId(twice.id()).build(),
                ImportedCard.named("Unknown tax id").accountTaxId(unknownTax.country(), unknownTax.number()).build(),
                ImportedCard.named("Both").accountId(twice.id()).accountTaxId(unknownTax.country(), unknownTax.number()).build(),
                ImportedCard.named("Unknown account").accountId(AccountId.newId()).value(Money.of("-1", "BRL")).build());

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.as(tenant.adminId(), ExpectedMessages.PT_BR)
                .cards().importCards(new ImportCards(pipeline.id(), rows)));

        assertThat(e.command()).isEqualTo("ImportCards");
        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("cards[1].stageId", "UnknownReference"),
                tuple("cards[2].labels", "UnknownReference"),
                tuple("cards[3].members", "NotAPipelineUser"),
                tuple("cards[3].salespersonId", "InactiveReference"),
                tuple("cards[4].accountId", "AccountHasOpenCard"),
                tuple("cards[6].accountId", "RepeatedAccount"),
                tuple("cards[7].accountTaxNumber", "UnknownReference"),
                tuple("cards[8].accountTaxNumber", "OneAccountReference"),
                tuple("cards[9].accountId", "UnknownReference"),
                tuple("cards[9].value.amount", "PositiveOrZero"));
        assertThat(e.locale()).isEqualTo(ExpectedMessages.PT_BR);
        assertThat(e.violations()).filteredOn(v -> v.code().equals("AccountHasOpenCard")).extracting(Violation::message)
                .singleElement().asString().contains("já tem um cartão aberto").contains(open.name());
        assertThat(column(admin, pipeline, pipeline.stages().get(0).id())).hasSize(cardsBefore);
        assertThat(published.eventsOf(tenant.id(), CardEvent.CardCreated.class)).hasSize(1);
    }

    @Example
    void givenTooManyOrNoRowsOrABlankName_whenImported_thenTheBoundaryRefusesThem() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());

        InvalidCommandException tooMany = thrown(InvalidCommandException.class, () -> tenant.admin().cards().importCards(
                new ImportCards(pipeline.id(), Collections.nCopies(ImportCards.MAX_ROWS + 1, ImportedCard.named("x").build()))));
        InvalidCommandException none = thrown(InvalidCommandException.class, () -> tenant.admin().cards().importCards(
                new ImportCards(pipeline.id(), List.of())));
        List<ImportedCard> withNull = new ArrayList<>(List.of(ImportedCard.named(" ").build()));
        withNull.add(null);
        InvalidCommandException blank = thrown(InvalidCommandException.class, () -> tenant.admin().cards().importCards(
                new ImportCards(pipeline.id(), withNull)));

        assertThat(tooMany.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("cards", "Size"));
        assertThat(none.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("cards", "Size"));
        assertThat(blank.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                tuple("cards[0].name", "NotBlank"), tuple("cards[1]", "NotNull"));
    }

    @Example
    void givenAPipelineTheActorDoesNotUseOrAnAccountOutsideItsScope_whenImported_thenNothingIsRevealedNorWritten() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Pipeline notBobs = aPipeline().createdBy(admin);
        Pipeline bobs = aPipeline().withUsers(bob.id()).createdBy(admin);
        Account hidden = admin.accounts().create(anAccount().named("Hidden").responsibles(tenant.adminId()).build()).account();

        NotFoundException notFound = thrown(NotFoundException.class, () -> tenant.as(bob.id()).cards().importCards(
                new ImportCards(notBobs.id(), List.of(ImportedCard.named("x").build()))));
        InvalidCommandException outside = thrown(InvalidCommandException.class, () -> tenant.as(bob.id()).cards().importCards(
                new ImportCards(bobs.id(), List.of(ImportedCard.named("x").accountId(hidden.id()).build()))));

        assertThat(notFound.field()).contains("pipelineId");
        assertThat(outside.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("cards[0].accountId", "UnknownReference"));
        assertThat(column(admin, bobs, bobs.stages().get(0).id())).isEmpty();
    }

    private static List<String> column(CrmSession session, Pipeline pipeline, StageId stage) {
        return session.cards().board(pipeline.id(), BoardFilter.builder().cardsPerStage(500).build()).columns().stream()
                .filter(column -> column.stage().id().equals(stage)).findFirst().orElseThrow().cards()
                .stream().map(CardSummary::name).toList();
    }
}
