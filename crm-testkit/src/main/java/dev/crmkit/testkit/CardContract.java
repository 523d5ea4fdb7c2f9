package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aCard;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.Classification;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.StageId;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.Violation;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.ConvertCardToService;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.DeleteCard;
import dev.crmkit.pipeline.DeleteComment;
import dev.crmkit.pipeline.EditComment;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.pipeline.UpdateCard;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Cards: their fields and prospect, moves that renumber nothing, comments only their author changes,
 * attachments, outcomes, deletion with or without the prospect, and stagnation derived from the clock.
 */
public abstract class CardContract extends CrmKitSupport {

    @Example
    void givenACardWithEveryField_whenCreated_thenItIsAtTheEndOfTheFirstStage() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Pipeline pipeline = aPipeline().withUsers(bob.id()).createdBy(tenant.admin());
        Account acme = tenant.admin().accounts().create(anAccount().named("ACME").build()).account();
        Card first = tenant.admin().cards().create(aCard(pipeline, "First"));

        Card card = tenant.as(bob.id()).cards().create(new CreateCard(pipeline.id(), null, " Fiber 1 Gbps ", "Branch office",
                null, Set.of(bob.id()), bob.id(), Money.of("1200", "BRL"), LocalDate.of(2026, 6, 30), acme.id()));

        assertThat(card.stageId()).isEqualTo(pipeline.stages().get(0).id());
        assertThat(card.position()).isGreaterThan(first.position());
        assertThat(card.name()).isEqualTo("Fiber 1 Gbps");
        assertThat(card.value()).contains(Money.of("1200.00", "BRL"));
        assertThat(card.accountId()).contains(acme.id());
        assertThat(card.createdBy()).isEqualTo(bob.id());
        assertThat(card.open()).isTrue();
        assertThat(tenant.admin().cards().get(card.id())).isEqualTo(card);
    }

    @Example
    void givenAnAccountWithAnOpenCard_whenAnotherCardLinksIt_thenItIsRefusedUntilTheFirstCloses() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Pipeline other = aPipeline().createdBy(admin);
        Account acme = admin.accounts().create(anAccount().build()).account();
        Card first = admin.cards().create(withAccount(pipeline, "First", acme));

        RuleViolationException refused = thrown(RuleViolationException.class, () -> admin.cards().create(withAccount(pipeline, "Second", acme)));
        Card elsewhere = admin.cards().create(withAccount(other, "Elsewhere", acme));
        admin.cards().markLost(new MarkCardLost(first.id(), "price", null));
        Card second = admin.cards().create(withAccount(pipeline, "Second", acme));
        RuleViolationException reopen = thrown(RuleViolationException.class, () -> admin.cards().reopen(new CardOutcome(first.id(), null)));

        assertThat(refused.code()).isEqualTo("rule.card.account-has-open-card");
        assertThat(elsewhere.accountId()).contains(acme.id());
        assertThat(second.open()).isTrue();
        assertThat(reopen.code()).isEqualTo("rule.card.account-has-open-card");
    }

    @Example
    void givenCardsInAStage_whenOneMovesOrIsReordered_thenNoOtherCardIsRewritten() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().withStages("A", "B").createdBy(admin);
        StageId a = pipeline.stages().get(0).id();
        StageId b = pipeline.stages().get(1).id();
        List<Card> cards = new ArrayList<>();
        for (String name : List.of("one", "two", "three", "four")) {
            cards.add(admin.cards().create(aCard(pipeline, name)));
        }

        Card movedToB = admin.cards().move(new MoveCard(cards.get(1).id(), b, null, cards.get(1).version()));
        Card reordered = admin.cards().move(new MoveCard(cards.get(3).id(), a, cards.get(0).id(), cards.get(3).version()));
        Card toTop = admin.cards().move(new MoveCard(cards.get(2).id(), a, null, cards.get(2).version()));

        assertThat(movedToB.stageId()).isEqualTo(b);
        assertThat(column(admin, pipeline, 0)).containsExactly("three", "one", "four");
        assertThat(column(admin, pipeline, 1)).containsExactly("two");
        assertThat(admin.cards().get(cards.get(0).id())).as("untouched").isEqualTo(cards.get(0));
        assertThat(reordered.position()).isGreaterThan(cards.get(0).position());
        assertThat(toTop.position()).isLessThan(cards.get(0).position());
        InvalidCommandException notThere = thrown(InvalidCommandException.class, () -> admin.cards()
                .move(new MoveCard(cards.get(0).id(), b, cards.get(3).id(), cards.get(0).version())));
        assertThat(notThere.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("afterCardId", "NotInStage"));
    }

    @Example
    void givenACard_whenOnlyItsLabelsAndMembersChange_thenItsVersionMovesOnByOneAndTheOldVersionIsRefused() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.ALL);
        Pipeline created = aPipeline().withUsers(bob.id()).createdBy(admin);
        admin.pipelines().addLabel(new AddLabel(created.id(), "Hot", "#AA0000"));
        admin.pipelines().addLabel(new AddLabel(created.id(), "Cold", "#0000AA"));
        Pipeline pipeline = admin.pipelines().get(created.id());
        var hot = pipeline.labels().get(0).id();
        var cold = pipeline.labels().get(1).id();
        Card card = admin.cards().create(new CreateCard(pipeline.id(), null, "Deal", null, Set.of(hot), Set.of(), null, null, null,
                null));

        // The tenant's clock stands still: nothing but the labels and members tells this write from the card it read.
        Card relabelled = admin.cards().update(new UpdateCard(card.id(), card.name(), null, Set.of(cold), Set.of(bob.id()), null,
                null, null, null, card.version()));
        ConflictException stale = thrown(ConflictException.class, () -> admin.cards().update(new UpdateCard(card.id(),
                card.name(), null, Set.of(hot, cold), Set.of(), null, null, null, null, card.version())));

        assertThat(relabelled.version()).isEqualTo(card.version().next());
        assertThat(stale.code()).isEqualTo(ConflictException.STALE_VERSION);
        Card stored = admin.cards().get(card.id());
        assertThat(stored).isEqualTo(relabelled);
        assertThat(stored.labels()).containsExactly(cold);
        assertThat(stored.members()).containsExactly(bob.id());
    }

    @Example
    void givenTwoWritersOfTheSameCard_whenBothUseTheSameVersion_thenTheSecondConflicts() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Card card = admin.cards().create(aCard(pipeline, "Deal"));

        admin.cards().update(new UpdateCard(card.id(), "Renamed", null, Set.of(), Set.of(), null, null, null, null, card.version()));
        ConflictException moved = thrown(ConflictException.class, () -> admin.cards()
                .move(new MoveCard(card.id(), pipeline.stages().get(1).id(), null, card.version())));

        assertThat(moved.code()).isEqualTo(ConflictException.STALE_VERSION);
        assertThat(admin.cards().get(card.id()).stageId()).isEqualTo(pipeline.stages().get(0).id());
    }

    @Example
    void givenComments_whenSomeoneElseEditsOrDeletesThem_thenOnlyTheAuthorMay() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Pipeline pipeline = aPipeline().withUsers(bob.id()).createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(aCard(pipeline, "Deal"));
        var comment = tenant.as(bob.id()).cards().addComment(new AddComment(card.id(), "Called, no answer"));
        assertThat(tenant.admin().cards().get(card.id()).comments()).as("the returned comment is the stored one")
                .containsExactly(comment);
        assertThat(comment.author()).isEqualTo(bob.id());

        AccessDeniedException byAdmin = thrown(AccessDeniedException.class, () -> tenant.admin().cards()
                .editComment(new EditComment(card.id(), comment.id(), "Rewritten")));
        Card edited = tenant.as(bob.id()).cards().editComment(new EditComment(card.id(), comment.id(), "Called twice, no answer"));
        thrown(AccessDeniedException.class, () -> tenant.admin().cards().deleteComment(new DeleteComment(card.id(), comment.id())));
        Card deleted = tenant.as(bob.id()).cards().deleteComment(new DeleteComment(card.id(), comment.id()));

        assertThat(byAdmin.code()).isEqualTo("access.not-comment-author");
        assertThat(edited.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Called twice, no answer");
            assertThat(c.editedAt()).isNotNull();
        });
        assertThat(deleted.comments()).isEmpty();
    }

    @Example
    void givenAnAttachment_whenAddedReadAndRemoved_thenItsBytesFollow() throws Exception {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(aCard(pipeline, "Deal"));

        var attachment = tenant.admin().cards().attach(card.id(), new AttachFile("proposal.pdf", "application/pdf"),
                new ByteArrayInputStream("%PDF proposal".getBytes(StandardCharsets.UTF_8)));
        assertThat(tenant.admin().cards().get(card.id()).attachments()).as("the returned attachment is the stored one")
                .containsExactly(attachment);
        try (var content = tenant.admin().cards().openAttachment(card.id(), attachment.id())) {
            assertThat(new String(content.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF proposal");
        }
        Card removed = tenant.admin().cards().removeAttachment(card.id(), attachment.id());

        assertThat(attachment.size()).isEqualTo(13);
        assertThat(attachment.sha256()).isEqualTo(DocumentContract.sha256("%PDF proposal".getBytes(StandardCharsets.UTF_8)));
        assertThat(removed.attachments()).isEmpty();
        thrown(NotFoundException.class, () -> documentStore().read(tenant.id(), attachment.id()));
    }

    @Example
    void givenAnAttachmentAlteredInTheStore_whenASpanishActorReadsIt_thenItIsToldInSpanish() throws Exception {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(aCard(pipeline, "Deal"));
        var attachment = tenant.admin().cards().attach(card.id(), new AttachFile("proposal.pdf", "application/pdf"),
                new ByteArrayInputStream("%PDF proposal".getBytes(StandardCharsets.UTF_8)));
        documentStore().write(tenant.id(), attachment.id(), new ByteArrayInputStream("%PDF forged".getBytes(StandardCharsets.UTF_8)));

        try (var content = tenant.as(tenant.adminId(), ExpectedMessages.ES).cards().openAttachment(card.id(), attachment.id())) {
            StoreException damaged = thrown(StoreException.class, () -> content.content().readAllBytes());

            assertThat(damaged.code()).isEqualTo(StoreException.DAMAGED);
            assertThat(damaged.getMessage()).startsWith("Los bytes guardados del adjunto \"" + attachment.id() + "\" están dañados");
        }
    }

    @Example
    void givenOutcomes_whenACardIsArchivedLostReopenedAndConverted_thenEachRuleHolds() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Account prospect = admin.accounts().create(anAccount().classified(Classification.PROSPECT).build()).account();
        Card card = admin.cards().create(withAccount(pipeline, "Deal", prospect));

        InvalidCommandException noReason = thrown(InvalidCommandException.class, () -> admin.cards().markLost(new MarkCardLost(card.id(), " ", null)));
        Card lost = admin.cards().markLost(new MarkCardLost(card.id(), "Too expensive", null));
        thrown(RuleViolationException.class, () -> admin.cards().convertToCustomer(new CardOutcome(card.id(), null)));
        Card reopened = admin.cards().reopen(new CardOutcome(card.id(), null));
        Card won = admin.cards().convertToCustomer(new CardOutcome(card.id(), reopened.version()));
        Card archived = admin.cards().archive(new CardOutcome(card.id(), null));
        Card again = admin.cards().archive(new CardOutcome(card.id(), null));

        assertThat(noReason.violations()).extracting(Violation::path).containsExactly("reason");
        assertThat(lost.lostReason()).contains("Too expensive");
        assertThat(lost.open()).isFalse();
        assertThat(reopened.lostReason()).isEmpty();
        assertThat(reopened.lostAt()).isEmpty();
        assertThat(won.convertedToCustomerAt()).contains(START);
        assertThat(admin.accounts().get(prospect.id()).classification()).isEqualTo(Classification.CUSTOMER);
        assertThat(archived.archived()).isTrue();
        assertThat(again).isEqualTo(archived);
        Card service = admin.cards().create(aCard(pipeline, "Service deal"));
        Card converted = admin.cards().convertToService(new ConvertCardToService(service.id(), "CONTRACT-2026-0042", null));
        assertThat(converted.serviceReference()).contains("CONTRACT-2026-0042");
        RuleViolationException noAccount = thrown(RuleViolationException.class, () -> admin.cards()
                .convertToCustomer(new CardOutcome(admin.cards().create(aCard(pipeline, "No prospect")).id(), null)));
        assertThat(noAccount.code()).isEqualTo("rule.card.no-account");
    }

    @Example
    void givenCards_whenDeletedWithAndWithoutTheirProspect_thenTheLinkGoesAndCustomersStay() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Account lead = admin.accounts().create(anAccount().named("Lead").build()).account();
        Account keep = admin.accounts().create(anAccount().named("Keep").build()).account();
        Account customer = admin.accounts().create(anAccount().named("Customer").classified(Classification.CUSTOMER).build()).account();
        Card withLead = admin.cards().create(withAccount(pipeline, "With lead", lead));
        Card withKeep = admin.cards().create(withAccount(pipeline, "With keep", keep));
        Card withCustomer = admin.cards().create(withAccount(pipeline, "With customer", customer));

        admin.cards().delete(new DeleteCard(withLead.id(), true));
        admin.cards().delete(new DeleteCard(withKeep.id(), false));
        RuleViolationException refused = thrown(RuleViolationException.class, () -> admin.cards().delete(new DeleteCard(withCustomer.id(), true)));

        thrown(NotFoundException.class, () -> admin.accounts().get(lead.id()));
        thrown(NotFoundException.class, () -> admin.cards().get(withLead.id()));
        assertThat(admin.accounts().get(keep.id())).isNotNull();
        thrown(NotFoundException.class, () -> admin.cards().get(withKeep.id()));
        assertThat(refused.code()).isEqualTo("rule.account.customer");
        assertThat(admin.cards().get(withCustomer.id())).isEqualTo(withCustomer);
        Card linked = admin.cards().create(withAccount(aPipeline().createdBy(admin), "Linked", keep));
        admin.accounts().delete(keep.id());
        assertThat(admin.cards().get(linked.id()).accountId()).as("deleting the account unlinks its cards").isEmpty();
    }

    @Example
    void givenAStageWithStagnantDays_whenTimePasses_thenOpenCardsBecomeStagnantAndClosedOnesNever() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        StageId qualified = pipeline.stages().get(1).id();
        Card open = admin.cards().create(new CreateCard(pipeline.id(), qualified, "Open", null, null, null, null, null, null, null));
        Card archived = admin.cards().create(new CreateCard(pipeline.id(), qualified, "Archived", null, null, null, null, null, null, null));
        admin.cards().archive(new CardOutcome(archived.id(), null));
        BoardFilter everything = BoardFilter.builder().archived(TriState.ALL).build();

        clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(stagnant(admin, pipeline, everything)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(stagnant(admin, pipeline, everything)).containsExactly("Open");
        admin.cards().addComment(new AddComment(open.id(), "Touched"));
        assertThat(stagnant(admin, pipeline, everything)).isEmpty();
        clock.advance(Duration.ofDays(30));
        assertThat(stagnant(admin, pipeline, everything)).containsExactly("Open");
        assertThat(admin.cards().board(pipeline.id(), everything).columns().get(1).stagnant()).isEqualTo(1);
    }

    @Example
    void givenAnAccountWithCards_whenItsProfileIsRead_thenItShowsOpenAndClosedCardsAndTheirEvents() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Account acme = admin.accounts().create(anAccount().build()).account();
        Card lost = admin.cards().create(withAccount(pipeline, "Old deal", acme));
        admin.cards().markLost(new MarkCardLost(lost.id(), "No budget", null));
        clock.advance(Duration.ofMinutes(1));
        Card open = admin.cards().create(withAccount(pipeline, "New deal", acme));

        AccountProfile profile = admin.accounts().profile(acme.id());

        assertThat(profile.openCards()).extracting(CardSummary::id).containsExactly(open.id());
        assertThat(profile.closedCards()).extracting(CardSummary::id).containsExactly(lost.id());
        assertThat(profile.timeline().items()).extracting(TimelineEntry::summary).contains(
                "Card \"New deal\" created in " + pipeline.name() + " / New", "Card \"Old deal\" lost");
        var outsider = tenant.addUser("outsider", AccessScope.ALL);
        assertThat(tenant.as(outsider.id()).accounts().profile(acme.id()).openCards()).as("not a user of the pipeline").isEmpty();
    }

    private static CreateCard withAccount(Pipeline pipeline, String name, Account account) {
        return new CreateCard(pipeline.id(), null, name, null, null, null, null, null, null, account.id());
    }

    private static List<String> column(CrmSession session, Pipeline pipeline, int stage) {
        return session.cards().board(pipeline.id(), BoardFilter.DEFAULT).columns().get(stage).cards().stream()
                .map(CardSummary::name).toList();
    }

    private static List<String> stagnant(CrmSession session, Pipeline pipeline, BoardFilter base) {
        return session.cards().board(pipeline.id(), base.toBuilder().stagnant(TriState.YES).build())
                .columns().stream().flatMap(c -> c.cards().stream()).map(CardSummary::name).toList();
    }
}
