package dev.crmkit.testkit;

import static dev.crmkit.testkit.PipelineTestData.aCard;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.common.Violation;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.AddStage;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardSummary;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.DeleteCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.DeleteStage;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.MoveStage;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.PipelineUser;
import dev.crmkit.pipeline.RemoveLabel;
import dev.crmkit.pipeline.SaveBoardFilter;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.pipeline.SetUserPipelines;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.pipeline.UpdateCard;
import dev.crmkit.pipeline.UpdateBaseCard;
import dev.crmkit.pipeline.UpdatePipeline;
import dev.crmkit.pipeline.UpdateStage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Pipelines: created by administrators, seen and arranged by their users only; stages, labels, base card and
 * settings; users from both sides; the history and saved filters.
 */
public abstract class PipelineContract extends CrmKitSupport {

    @Example
    void givenAnAdministrator_whenAPipelineIsCreated_thenItHasItsStagesUsersAndSettings() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);

        Pipeline pipeline = tenant.admin().pipelines().create(new CreatePipeline(" Vendas Sul ", "#3366cc",
                List.of(new NewStage("Lead", "#cccccc", 0), new NewStage("Proposta", "#ff6600", 5)), Set.of(bob.id()), null));

        assertThat(pipeline.name()).isEqualTo("Vendas Sul");
        assertThat(pipeline.color()).isEqualTo("#3366CC");
        assertThat(pipeline.stages()).extracting(Stage::name, Stage::color, Stage::stagnantDays)
                .containsExactly(tuple("Lead", "#CCCCCC", 0), tuple("Proposta", "#FF6600", 5));
        assertThat(pipeline.users()).containsExactly(bob.id());
        assertThat(pipeline.settings()).isEqualTo(PipelineSettings.DEFAULT);
        assertThat(pipeline.version()).isEqualTo(Version.FIRST);
        assertThat(tenant.as(bob.id()).pipelines().list()).containsExactly(pipeline);
        thrown(AccessDeniedException.class, () -> tenant.as(bob.id()).pipelines().create(aPipeline().build()));
    }

    @Example
    void givenBadPipelines_whenCreated_thenEachProblemIsNamed() {
        TestTenant tenant = newTenant();
        aPipeline().named("Taken").createdBy(tenant.admin());

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> tenant.admin().pipelines().create(
                new CreatePipeline("taken", "blue", List.of(new NewStage("A", "#000000", 0), new NewStage(" a ", "#000000", -1)),
                        Set.of(UserId.of("nobody")), new PipelineSettings(30, true, BoardOrder.POSITION))));
        InvalidCommandException noStages = thrown(InvalidCommandException.class,
                () -> tenant.admin().pipelines().create(new CreatePipeline("X", "#000000", List.of(), null, null)));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                tuple("color", "Pattern"), tuple("stages[1].stagnantDays", "Min"));
        assertThat(noStages.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("stages", "NotEmpty"));
        InvalidCommandException semantic = thrown(InvalidCommandException.class, () -> tenant.admin().pipelines().create(
                new CreatePipeline("taken", "#000000", List.of(new NewStage("A", "#000000", 0), new NewStage(" a ", "#000000", 0)),
                        Set.of(UserId.of("nobody")), new PipelineSettings(30, true, BoardOrder.POSITION))));
        assertThat(semantic.violations()).extracting(Violation::path, Violation::code).containsExactly(
                tuple("name", "Unique"), tuple("settings.cardsPerStage", "OneOf"), tuple("stages[1].name", "Unique"),
                tuple("users", "UnknownReference"));
    }

    @Example
    void givenAUserWhoIsNotAUserOfThePipeline_whenItTouchesIt_thenThePipelineAndItsCardsAreNotFound() {
        TestTenant tenant = newTenant();
        var outsider = tenant.addUser("outsider", AccessScope.ALL);
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(aCard(pipeline, "Secret deal"));
        CrmSession asOutsider = tenant.as(outsider.id());

        NotFoundException denied = thrown(NotFoundException.class, () -> asOutsider.cards().board(pipeline.id(), BoardFilter.DEFAULT));
        NotFoundException card404 = thrown(NotFoundException.class, () -> asOutsider.cards().get(card.id()));
        thrown(NotFoundException.class, () -> asOutsider.pipelines().history(pipeline.id(), null, 10));
        thrown(NotFoundException.class, () -> asOutsider.cards().create(aCard(pipeline, "Intrusion")));

        // As unknown ids: nothing tells the pipeline exists, not even its name.
        assertThat(denied.entity()).isEqualTo("pipeline");
        assertThat(denied.getMessage()).doesNotContain(pipeline.name());
        assertThat(card404.entity()).isEqualTo("card");
        assertThat(asOutsider.pipelines().list()).isEmpty();
        tenant.admin().pipelines().addUser(new PipelineUser(pipeline.id(), outsider.id()));
        assertThat(asOutsider.cards().board(pipeline.id(), BoardFilter.DEFAULT).columns().get(0).cards()).hasSize(1);
        tenant.admin().pipelines().removeUser(new PipelineUser(pipeline.id(), outsider.id()));
        thrown(NotFoundException.class, () -> asOutsider.cards().get(card.id()));
    }

    @Example
    void givenUsersAndPipelines_whenManagedFromTheUsersSide_thenBothSidesAgree() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Pipeline north = aPipeline().named("North").createdBy(tenant.admin());
        Pipeline south = aPipeline().named("South").withUsers(bob.id()).createdBy(tenant.admin());
        Pipeline east = aPipeline().named("East").createdBy(tenant.admin());

        List<Pipeline> bobs = tenant.admin().pipelines().setUserPipelines(new SetUserPipelines(bob.id(), Set.of(north.id(), east.id())));

        assertThat(bobs).extracting(Pipeline::name).containsExactly("East", "North");
        assertThat(tenant.as(bob.id()).pipelines().ofUser(bob.id())).extracting(Pipeline::name).containsExactly("East", "North");
        assertThat(tenant.admin().pipelines().get(south.id()).users()).doesNotContain(bob.id());
        assertThat(tenant.admin().pipelines().get(north.id()).users()).containsExactly(bob.id());
        thrown(AccessDeniedException.class, () -> tenant.as(bob.id()).pipelines().ofUser(tenant.adminId()));
    }

    @Example
    void givenAPipeline_whenRenamedWithAStaleVersion_thenItConflicts() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        tenant.admin().pipelines().update(new UpdatePipeline(pipeline.id(), "First", "#000000", pipeline.settings(), pipeline.version()));

        thrown(ConflictException.class, () -> tenant.admin().pipelines()
                .update(new UpdatePipeline(pipeline.id(), "Second", "#000000", pipeline.settings(), pipeline.version())));

        assertThat(tenant.admin().pipelines().get(pipeline.id()).name()).isEqualTo("First");
    }

    @Example
    void givenStages_whenAddedRenamedMovedAndDeleted_thenTheirCardsFollow() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().withStages("A", "B").createdBy(admin);
        Card first = admin.cards().create(aCard(pipeline, "first"));
        Card second = admin.cards().create(aCard(pipeline, "second"));

        Stage addedStage = admin.pipelines().addStage(new AddStage(pipeline.id(), new NewStage("C", "#00FF00", 2, 20), 0));
        Pipeline added = admin.pipelines().get(pipeline.id());
        assertThat(added.stages().get(0)).isEqualTo(addedStage);
        assertThat(addedStage.name()).isEqualTo("C");
        Stage a = added.stages().get(1);
        Stage c = added.stages().get(0);
        Pipeline renamed = admin.pipelines().updateStage(new UpdateStage(pipeline.id(), c.id(), "Zero",
                "#00ff00", 4, 35, added.version()));
        Pipeline moved = admin.pipelines().moveStage(new MoveStage(pipeline.id(), c.id(), 99, renamed.version()));
        RuleViolationException withCards = thrown(RuleViolationException.class, () -> admin.pipelines()
                .deleteStage(new DeleteStage(pipeline.id(), a.id(), null, moved.version())));
        Pipeline deleted = admin.pipelines().deleteStage(new DeleteStage(pipeline.id(), a.id(), c.id(), moved.version()));

        assertThat(addedStage.winProbability()).isEqualTo(20);
        assertThat(renamed.stages().get(0)).extracting(Stage::name, Stage::stagnantDays, Stage::winProbability)
                .containsExactly("Zero", 4, 35);
        assertThat(admin.pipelines().history(pipeline.id(), null, 100).items())
                .filteredOn(e -> e.field().equals("stages[" + c.id() + "].winProbability") && e.oldValue() != null)
                .extracting(HistoryEntry::fieldLabel, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("Win probability (%)", "20", "35"));
        InvalidCommandException outOfRange = thrown(InvalidCommandException.class, () -> admin.pipelines()
                .addStage(new AddStage(pipeline.id(), new NewStage("D", "#00FF00", 0, 101), null)));
        assertThat(outOfRange.violations()).extracting(Violation::path)
                .containsExactly("stage.winProbability");
        assertThat(moved.stages()).extracting(Stage::name).containsExactly("A", "B", "Zero");
        assertThat(withCards.code()).isEqualTo("rule.stage.has-cards");
        assertThat(deleted.stages()).extracting(Stage::name).containsExactly("B", "Zero");
        assertThat(admin.cards().board(pipeline.id(), BoardFilter.DEFAULT).columns().get(1).cards())
                .extracting(CardSummary::name).containsExactly("first", "second");
        assertThat(admin.cards().get(first.id()).stageId()).isEqualTo(c.id());
        assertThat(admin.cards().get(second.id()).position()).isGreaterThan(admin.cards().get(first.id()).position());
        Pipeline single = aPipeline().withStages("Only").createdBy(admin);
        thrown(RuleViolationException.class, () -> admin.pipelines()
                .deleteStage(new DeleteStage(single.id(), single.stages().get(0).id(), null, single.version())));
    }

    @Example
    void givenLabels_whenOneIsRemoved_thenItLeavesEveryCardAndTheBaseCard() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().createdBy(admin);
        Label hotLabel = admin.pipelines().addLabel(new AddLabel(pipeline.id(), "Hot", "#ff0000"));
        Label coldLabel = admin.pipelines().addLabel(new AddLabel(pipeline.id(), "Cold", "#0000ff"));
        Pipeline labeled = admin.pipelines().get(pipeline.id());
        assertThat(labeled.labels()).containsExactly(hotLabel, coldLabel);
        LabelId hot = hotLabel.id();
        LabelId cold = coldLabel.id();
        labeled = admin.pipelines().updateBaseCard(new UpdateBaseCard(pipeline.id(), null, Set.of(hot), Set.of(), List.of(), labeled.version()));
        Card card = admin.cards().create(new CreateCard(pipeline.id(), null, "Tagged", null, Set.of(cold),
                null, null, null, null, null));

        InvalidCommandException duplicate = thrown(InvalidCommandException.class,
                () -> admin.pipelines().addLabel(new AddLabel(pipeline.id(), "HOT", "#ff0000")));
        Pipeline without = admin.pipelines().removeLabel(new RemoveLabel(pipeline.id(), hot));

        assertThat(card.labels()).containsExactlyInAnyOrder(hot, cold);
        assertThat(duplicate.violations()).extracting(Violation::path).containsExactly("name");
        assertThat(without.labels()).extracting(Label::name).containsExactly("Cold");
        assertThat(without.baseCard().labels()).isEmpty();
        assertThat(admin.cards().get(card.id()).labels()).containsExactly(cold);
    }

    @Example
    void givenABaseCard_whenACardIsCreated_thenItStartsFromItsDescriptionLabelsMembersCommentsAndAttachments() throws Exception {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Pipeline pipeline = aPipeline().withUsers(bob.id()).createdBy(admin);
        LabelId label = admin.pipelines().addLabel(new AddLabel(pipeline.id(), "New lead", "#00ff00")).id();
        Pipeline labeled = admin.pipelines().get(pipeline.id());
        Pipeline based = admin.pipelines().updateBaseCard(new UpdateBaseCard(pipeline.id(), "Call within 24h", Set.of(label),
                Set.of(bob.id()), List.of("Checklist: coverage, price, contract"), labeled.version()));
        Attachment script = admin.pipelines().attachToBaseCard(pipeline.id(), new AttachFile("script.txt", "text/plain"),
                new ByteArrayInputStream("sales script".getBytes(StandardCharsets.UTF_8)));
        assertThat(admin.pipelines().get(pipeline.id()).baseCard().attachments()).as("the returned attachment is the stored one")
                .containsExactly(script);
        assertThat(script.fileName()).isEqualTo("script.txt");

        Card card = tenant.as(bob.id()).cards().create(aCard(pipeline, "ACME"));

        assertThat(card.description()).isEqualTo("Call within 24h");
        assertThat(card.labels()).containsExactly(label);
        assertThat(card.members()).containsExactly(bob.id());
        assertThat(card.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Checklist: coverage, price, contract");
            assertThat(c.author()).isEqualTo(tenant.adminId());
        });
        assertThat(card.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("script.txt"));
        try (var content = admin.cards().openAttachment(card.id(), card.attachments().get(0).id())) {
            assertThat(new String(content.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("sales script");
        }
        assertThat(card.attachments().get(0).id()).isNotEqualTo(admin.pipelines().get(pipeline.id()).baseCard().attachments().get(0).id());
        Version current = admin.pipelines().get(pipeline.id()).version();
        InvalidCommandException notAUser = thrown(InvalidCommandException.class, () -> admin.pipelines().updateBaseCard(
                new UpdateBaseCard(pipeline.id(), null, Set.of(), Set.of(tenant.adminId()), List.of(), current)));
        assertThat(based.baseCard().comments()).hasSize(1);
        assertThat(notAUser.violations()).extracting(Violation::code).containsExactly("NotAPipelineUser");
    }

    @Example
    void givenAPipelineWithCards_whenDeleted_thenItIsRefusedUntilItIsEmpty() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = aPipeline().createdBy(tenant.admin());
        Card card = tenant.admin().cards().create(aCard(pipeline, "Deal"));

        RuleViolationException refused = thrown(RuleViolationException.class, () -> tenant.admin().pipelines().delete(pipeline.id()));
        tenant.admin().cards().delete(new DeleteCard(card.id(), false));
        tenant.admin().pipelines().delete(pipeline.id());

        assertThat(refused.code()).isEqualTo("rule.pipeline.has-cards");
        thrown(NotFoundException.class, () -> tenant.admin().pipelines().get(pipeline.id()));
    }

    @Example
    void givenChanges_whenTheHistoryIsRead_thenEachChangedFieldIsOneEntryNewestFirst() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = aPipeline().withStages("A", "B").createdBy(admin);
        Card card = admin.cards().create(aCard(pipeline, "Deal"));
        clock.advance(Duration.ofMinutes(1));
        Card renamed = admin.cards().update(new UpdateCard(card.id(), "Big deal", "desc", Set.of(), Set.of(),
                null, null, null, null, card.version()));

        List<HistoryEntry> cardHistory = admin.pipelines().cardHistory(card.id(), null, 50).items();
        List<HistoryEntry> all = new ArrayList<>();
        Page<HistoryEntry> page = admin.pipelines().history(pipeline.id(), null, 3);
        all.addAll(page.items());
        while (page.hasNext()) {
            page = admin.pipelines().history(pipeline.id(), page.nextCursor(), 3);
            all.addAll(page.items());
        }

        assertThat(cardHistory.subList(0, 2)).extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(tuple("name", "Deal", "Big deal"), tuple("description", null, "desc"));
        assertThat(cardHistory.get(0).at()).isEqualTo(renamed.updatedAt());
        assertThat(cardHistory.get(0).actor()).isEqualTo(tenant.adminId());
        assertThat(all).extracting(HistoryEntry::id).doesNotHaveDuplicates();
        assertThat(all.get(all.size() - 1).cardId()).as("the pipeline's own creation comes last").isNull();
        assertThat(all.stream().filter(h -> card.id().equals(h.cardId()))).hasSize(cardHistory.size());
    }

    @Example
    void givenSavedFilters_whenSavedAppliedDeletedAndCleared_thenEachUserKeepsItsOwn() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        Pipeline pipeline = aPipeline().withUsers(bob.id()).createdBy(tenant.admin());
        BoardFilter stagnantOnly = BoardFilter.builder().stagnant(TriState.YES).cardsPerStage(50).build();

        SavedFilter saved = tenant.as(bob.id()).pipelines().saveFilter(new SaveBoardFilter(pipeline.id(), "Stagnant", stagnantOnly));
        SavedFilter replaced = tenant.as(bob.id()).pipelines().saveFilter(new SaveBoardFilter(pipeline.id(), "stagnant ",
                stagnantOnly.toBuilder().cardsPerStage(100).build()));
        tenant.as(bob.id()).pipelines().saveFilter(new SaveBoardFilter(pipeline.id(), "All", BoardFilter.DEFAULT));

        assertThat(replaced.id()).isEqualTo(saved.id());
        assertThat(tenant.as(bob.id()).pipelines().applyFilter(saved.id()).cardsPerStage()).isEqualTo(100);
        assertThat(tenant.as(bob.id()).pipelines().savedFilters(pipeline.id())).extracting(SavedFilter::name).containsExactly("All", "stagnant");
        assertThat(tenant.admin().pipelines().savedFilters(pipeline.id())).isEmpty();
        thrown(NotFoundException.class, () -> tenant.admin().pipelines().applyFilter(saved.id()));
        InvalidCommandException badSize = thrown(InvalidCommandException.class, () -> tenant.as(bob.id()).pipelines()
                .saveFilter(new SaveBoardFilter(pipeline.id(), "x", BoardFilter.builder().cardsPerStage(30).build())));
        assertThat(badSize.violations()).extracting(Violation::path).containsExactly("filter.cardsPerStage");

        tenant.as(bob.id()).pipelines().deleteFilter(saved.id());
        assertThat(tenant.as(bob.id()).pipelines().savedFilters(pipeline.id())).extracting(SavedFilter::name).containsExactly("All");
        assertThat(tenant.as(bob.id()).pipelines().clearFilters(pipeline.id())).isEqualTo(BoardFilter.DEFAULT);
        assertThat(tenant.as(bob.id()).pipelines().savedFilters(pipeline.id())).isEmpty();
    }
}
