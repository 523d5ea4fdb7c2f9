package dev.crmkit.testkit;

import static dev.crmkit.testkit.ExpectedMessages.ES;
import static dev.crmkit.testkit.ExpectedMessages.PT_BR;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateUser;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.UpdateUser;
import dev.crmkit.account.Account;
import dev.crmkit.account.AssignResponsible;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.UserId;
import dev.crmkit.history.ChangeLine;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.pipeline.UpdateCard;
import dev.crmkit.pipeline.UpdateLabel;
import dev.crmkit.pipeline.UpdateStage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * History in the reader's language: a pipeline's and a card's history and an account's timeline show the stage,
 * label, user and account names as they were when the change was made (a rename since leaves old entries as they
 * were), field names and flags in words in the reader's language, and the raw ids beside them. A user reads in their
 * own language unless the call names another; without one, in the tenant's.
 */
public abstract class HistoryLanguageContract extends CrmKitSupport {

    /** What one scenario made: a card changed in every named way, then everything it named renamed. */
    private record Renamed(TestTenant tenant, Pipeline pipeline, Card card, Stage lead, Stage won, Label hot,
            UserId rita, Account acme, String adminName) {}

    private Renamed changedThenRenamed() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        String adminName = admin.users().me().displayName();
        UserId rita = tenant.addUser(UserTestData.aUser().withId("rita").named("Rita Lima").withScope(AccessScope.ALL)).id();
        Pipeline pipeline = aPipeline().withStages("Lead", "Won").withUsers(tenant.adminId(), rita).createdBy(admin);
        Label hot = admin.pipelines().addLabel(new AddLabel(pipeline.id(), "Hot", "#FF0000"));
        Pipeline labelled = admin.pipelines().get(pipeline.id());
        Stage lead = labelled.stages().get(0);
        Stage won = labelled.stages().get(1);
        Account acme = admin.accounts().create(AccountTestData.anAccount().named("Acme Ltda").build()).account();
        Card card = admin.cards().create(new CreateCard(pipeline.id(), lead.id(), "Fiber deal", null, Set.of(hot.id()),
                Set.of(rita), rita, null, null, acme.id()));
        clock.advance(Duration.ofMinutes(1));
        card = admin.cards().move(new MoveCard(card.id(), won.id(), null, card.version()));
        clock.advance(Duration.ofMinutes(1));
        card = admin.cards().convertToCustomer(new CardOutcome(card.id(), card.version()));
        clock.advance(Duration.ofMinutes(1));

        Pipeline current = admin.pipelines().get(pipeline.id());
        current = admin.pipelines().updateStage(new UpdateStage(pipeline.id(), won.id(), "Closed", won.color(),
                won.stagnantDays(), won.winProbability(), current.version()));
        admin.pipelines().updateLabel(new UpdateLabel(pipeline.id(), hot.id(), "Warm", hot.color(), current.version()));
        CrmUser ritaNow = admin.users().get(rita);
        admin.users().update(UserTestData.unchanged(ritaNow).named("Rita Souza"));
        CrmUser me = admin.users().me();
        admin.users().update(UserTestData.unchanged(me).named("Someone Else"));
        Account acmeNow = admin.accounts().get(acme.id());
        admin.accounts().update(new UpdateAccount(acme.id(), acmeNow.details().withNames("Acme Renamed SA", null),
                acmeNow.version(), false));
        return new Renamed(tenant, pipeline, card, lead, won, hot, rita, acme, adminName);
    }

    @Example
    void givenChangesThenRenames_whenTheCardHistoryIsRead_thenItShowsTheNamesOfTheTimeWithTheRawIdsBeside() {
        Renamed r = changedThenRenamed();

        List<HistoryEntry> history = r.tenant().admin().pipelines().cardHistory(r.card().id(), null, 100).items();

        HistoryEntry moved = only(history, "stageId", r.lead().id().toString());
        assertThat(moved).extracting(HistoryEntry::fieldLabel, HistoryEntry::oldDisplay, HistoryEntry::newDisplay,
                HistoryEntry::newValue, HistoryEntry::actorName)
                .containsExactly("Stage", "Lead", "Won", r.won().id().toString(), r.adminName());
        assertThat(created(history, "labels")).extracting(HistoryEntry::newDisplay, HistoryEntry::newValue)
                .containsExactly("Hot", r.hot().id().toString());
        assertThat(created(history, "members")).extracting(HistoryEntry::fieldLabel, HistoryEntry::newDisplay)
                .containsExactly("Members", "Rita Lima");
        assertThat(created(history, "salespersonId")).extracting(HistoryEntry::fieldLabel, HistoryEntry::newDisplay,
                HistoryEntry::newValue).containsExactly("Salesperson", "Rita Lima", "rita");
        assertThat(created(history, "accountId")).extracting(HistoryEntry::fieldLabel, HistoryEntry::newDisplay,
                HistoryEntry::newValue).containsExactly("Account", "Acme Ltda", r.acme().id().toString());
        assertThat(only(history, "convertedToCustomer", "false"))
                .extracting(HistoryEntry::fieldLabel, HistoryEntry::oldDisplay, HistoryEntry::newDisplay,
                        HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly("Converted to a customer", "no", "yes", "false", "true");
        assertThat(history).allSatisfy(entry -> assertThat(entry.actorName()).isEqualTo(r.adminName()));
    }

    @Example
    void givenChangesThenRenames_whenReadInPortugueseAndSpanish_thenWordsFollowTheReaderAndNamesStayOfTheTime() {
        Renamed r = changedThenRenamed();

        List<HistoryEntry> portuguese = r.tenant().as(r.tenant().adminId(), PT_BR).pipelines()
                .history(r.pipeline().id(), null, 200).items();
        List<HistoryEntry> spanish = r.tenant().as(r.tenant().adminId(), ES).pipelines()
                .cardHistory(r.card().id(), null, 100).items();

        assertThat(only(portuguese, "stageId", r.lead().id().toString()))
                .extracting(HistoryEntry::fieldLabel, HistoryEntry::oldDisplay, HistoryEntry::newDisplay)
                .containsExactly("Etapa", "Lead", "Won");
        assertThat(only(portuguese, "convertedToCustomer", "false"))
                .extracting(HistoryEntry::fieldLabel, HistoryEntry::oldDisplay, HistoryEntry::newDisplay)
                .containsExactly("Convertido em cliente", "não", "sim");
        assertThat(created(portuguese, "members").newDisplay()).isEqualTo("Rita Lima");
        assertThat(only(spanish, "convertedToCustomer", "false"))
                .extracting(HistoryEntry::fieldLabel, HistoryEntry::oldDisplay, HistoryEntry::newDisplay)
                .containsExactly("Convertido en cliente", "no", "sí");
        assertThat(created(spanish, "accountId").newDisplay()).isEqualTo("Acme Ltda");
        assertThat(created(spanish, "labels").newDisplay()).isEqualTo("Hot");
        // The renames themselves are in the pipeline's history, with both names.
        assertThat(portuguese).filteredOn(e -> e.field().equals("stages[" + r.won().id() + "].name") && e.oldValue() != null)
                .extracting(HistoryEntry::fieldLabel, HistoryEntry::oldDisplay, HistoryEntry::newDisplay)
                .containsExactly(tuple("Nome da etapa", "Won", "Closed"));
        assertThat(portuguese).filteredOn(e -> e.field().equals("labels[" + r.hot().id() + "].name") && e.oldValue() != null)
                .extracting(HistoryEntry::oldDisplay, HistoryEntry::newDisplay)
                .containsExactly(tuple("Hot", "Warm"));
        // The administrator renamed themself last: every entry keeps the name they had when they made it.
        assertThat(portuguese).extracting(HistoryEntry::actorName).containsOnly(r.adminName());
        assertThat(r.adminName()).isNotEqualTo("Someone Else");
    }

    @Example
    void givenChangesThenRenames_whenTheAccountTimelineIsRead_thenItShowsTheStageAndActorOfTheTime() {
        Renamed r = changedThenRenamed();

        List<TimelineEntry> timeline = r.tenant().as(r.tenant().adminId(), PT_BR).accounts()
                .timeline(r.acme().id(), null, 50).items();

        TimelineEntry moved = timeline.stream().filter(e -> e.type().equals("CardMoved")).findFirst().orElseThrow();
        assertThat(moved.summary()).contains("Won").doesNotContain("Closed");
        assertThat(moved.actorName()).isEqualTo(r.adminName());
        ChangeLine stage = moved.lines().stream().filter(l -> l.field().equals("stageId")).findFirst().orElseThrow();
        assertThat(stage.fieldLabel()).isEqualTo("Etapa");
        assertThat(stage.newDisplay()).isEqualTo(r.pipeline().name() + " / Won");
        assertThat(stage.newValue()).isEqualTo(r.won().id().toString());
        TimelineEntry converted = timeline.stream().filter(e -> e.type().equals("CardOutcomeChanged")).findFirst()
                .orElseThrow();
        assertThat(converted.lines()).filteredOn(l -> l.field().equals("convertedToCustomer"))
                .extracting(ChangeLine::fieldLabel, ChangeLine::oldDisplay, ChangeLine::newDisplay)
                .containsExactly(tuple("Convertido em cliente", "não", "sim"));
    }

    @Example
    void givenACardChangedAndMovedBack_whenItsStagesLabelsAndUsersAreRenamedAfterwards_thenTheTimelineKeepsTheNamesOfTheTime() {
        Renamed r = changedThenRenamed();
        CrmSession admin = r.tenant().admin();
        // Now the stage is "Closed", the label "Warm" and the member "Rita Souza": the card drops both and goes back.
        Card card = admin.cards().get(r.card().id());
        card = admin.cards().update(UpdateCard.from(card).labels(Set.of()).members(Set.of()).build());
        clock.advance(Duration.ofMinutes(1));
        card = admin.cards().move(new MoveCard(card.id(), r.lead().id(), null, card.version()));
        clock.advance(Duration.ofMinutes(1));
        admin.accounts().assignResponsible(new AssignResponsible(r.acme().id(), r.rita()));
        clock.advance(Duration.ofMinutes(1));
        // Then everything is renamed again.
        Pipeline current = admin.pipelines().get(r.pipeline().id());
        Stage closed = current.stages().get(1);
        current = admin.pipelines().updateStage(new UpdateStage(r.pipeline().id(), closed.id(), "Done", closed.color(),
                closed.stagnantDays(), closed.winProbability(), current.version()));
        admin.pipelines().updateLabel(new UpdateLabel(r.pipeline().id(), r.hot().id(), "Cold", r.hot().color(),
                current.version()));
        admin.users().update(UserTestData.unchanged(admin.users().get(r.rita())).named("Rita Santos"));

        List<TimelineEntry> timeline = admin.accounts().timeline(r.acme().id(), null, 50).items();

        TimelineEntry movedBack = timeline.stream().filter(e -> e.type().equals("CardMoved")).findFirst().orElseThrow();
        assertThat(movedBack.lines()).filteredOn(l -> l.field().equals("stageId"))
                .extracting(ChangeLine::oldDisplay, ChangeLine::newDisplay, ChangeLine::oldValue)
                .containsExactly(tuple(r.pipeline().name() + " / Closed", r.pipeline().name() + " / Lead", r.won().id().toString()));
        TimelineEntry updated = timeline.stream().filter(e -> e.type().equals("CardUpdated")).findFirst().orElseThrow();
        assertThat(updated.lines()).filteredOn(l -> l.field().equals("labels"))
                .extracting(ChangeLine::fieldLabel, ChangeLine::oldDisplay, ChangeLine::oldValue)
                .containsExactly(tuple("Labels", "Warm", r.hot().id().toString()));
        assertThat(updated.lines()).filteredOn(l -> l.field().equals("members"))
                .extracting(ChangeLine::fieldLabel, ChangeLine::oldDisplay, ChangeLine::oldValue)
                .containsExactly(tuple("Members", "Rita Souza", "rita"));
        TimelineEntry responsible = timeline.stream().filter(e -> e.type().equals("ResponsiblesChanged")).findFirst()
                .orElseThrow();
        assertThat(responsible.summary()).contains("Rita Souza").doesNotContain("Rita Santos").doesNotContain("(added: rita");
        // The first move, before any rename, still reads as it was: from Lead to Won.
        TimelineEntry firstMove = timeline.stream().filter(e -> e.type().equals("CardMoved")).reduce((a, b) -> b).orElseThrow();
        assertThat(firstMove.lines()).filteredOn(l -> l.field().equals("stageId"))
                .extracting(ChangeLine::oldDisplay, ChangeLine::newDisplay)
                .containsExactly(tuple(r.pipeline().name() + " / Lead", r.pipeline().name() + " / Won"));
    }

    @Example
    void givenAnAccountGivenACustomerTypeAndASalesperson_whenItsTimelineIsRead_thenTheyReadByNameWithTheIdsBeside() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId rita = tenant.addUser(UserTestData.aUser().withId("rita").named("Rita Lima").withScope(AccessScope.ALL)).id();
        CatalogEntry corporate = admin.catalogs().create(new CreateCatalogEntry(CatalogKind.CUSTOMER_TYPE, "Corporate"));
        Account acme = admin.accounts().create(AccountTestData.anAccount().named("Acme Ltda").build()).account();
        clock.advance(Duration.ofMinutes(1));
        admin.accounts().update(UpdateAccount.from(acme).details(d -> d.customer(acme.details().customer().toBuilder()
                .customerTypeId(corporate.id()).salespersonId(rita).build())).build());
        // Renamed afterwards: the user reads by the name she had, the catalog entry by its current name.
        admin.users().update(UserTestData.unchanged(admin.users().get(rita)).named("Rita Souza"));

        TimelineEntry updated = tenant.as(tenant.adminId(), PT_BR).accounts().timeline(acme.id(), null, 10).items().stream()
                .filter(e -> e.type().equals("AccountUpdated")).findFirst().orElseThrow();

        assertThat(updated.lines()).filteredOn(l -> l.field().equals("customer.customerTypeId"))
                .extracting(ChangeLine::oldDisplay, ChangeLine::newDisplay, ChangeLine::newValue)
                .containsExactly(tuple(null, "Corporate", corporate.id().toString()));
        assertThat(updated.lines()).filteredOn(l -> l.field().equals("customer.salespersonId"))
                .extracting(ChangeLine::newDisplay, ChangeLine::newValue)
                .containsExactly(tuple("Rita Lima", "rita"));
    }

    @Example
    void givenAPortugueseUserInAnEnglishTenant_whenRefusedOrReadingHistory_thenPortuguese_andACallNamingSpanishGetsSpanish() {
        TestTenant tenant = newTenant();
        CrmUser joana = tenant.admin().users().create(new CreateUser(UserId.of("joana"), "Joana", null, AccessScope.ALL,
                true, PT_BR));
        Pipeline pipeline = aPipeline().withUsers(tenant.adminId(), joana.id()).createdBy(tenant.admin());
        Card card = tenant.as(joana.id()).cards().create(PipelineTestData.aCard(pipeline, "Deal"));
        tenant.as(joana.id()).cards().update(new UpdateCard(card.id(), "Big deal", null, Set.of(), Set.of(), null, null,
                null, null, card.version()));

        InvalidCommandException own = thrown(InvalidCommandException.class, () -> tenant.as(joana.id()).catalogs()
                .create(new CreateCatalogEntry(CatalogKind.TEAM, " ")));
        InvalidCommandException named = thrown(InvalidCommandException.class, () -> tenant.as(joana.id(), ES).catalogs()
                .create(new CreateCatalogEntry(CatalogKind.TEAM, " ")));
        InvalidCommandException admins = thrown(InvalidCommandException.class, () -> tenant.admin().catalogs()
                .create(new CreateCatalogEntry(CatalogKind.TEAM, " ")));
        String ownLabel = renamed(tenant.as(joana.id()).pipelines().cardHistory(card.id(), null, 50).items()).fieldLabel();
        String namedLabel = renamed(tenant.as(joana.id(), ES).pipelines().cardHistory(card.id(), null, 50).items()).fieldLabel();
        String adminsLabel = renamed(tenant.admin().pipelines().cardHistory(card.id(), null, 50).items()).fieldLabel();

        assertThat(joana.locale()).contains(PT_BR);
        assertThat(own.locale()).isEqualTo(PT_BR);
        assertThat(own.violations().get(0).message()).isEqualTo(ExpectedMessages.exact("NotBlank", PT_BR));
        assertThat(named.locale()).isEqualTo(ES);
        assertThat(named.violations().get(0).message()).isEqualTo(ExpectedMessages.exact("NotBlank", ES));
        assertThat(admins.violations().get(0).message()).isEqualTo(ExpectedMessages.exact("NotBlank", Locale.ENGLISH));
        assertThat(List.of(ownLabel, namedLabel, adminsLabel)).containsExactly("Nome", "Nombre", "Name");
    }

    @Example
    void givenAUserWhoseLanguageIsCleared_whenRefused_thenTheTenantsLanguageAgain() {
        TestTenant tenant = newTenant(java.time.ZoneId.of("America/Guayaquil"), ES);
        CrmUser joana = tenant.admin().users().create(new CreateUser(UserId.of("joana"), "Joana", null, AccessScope.ALL,
                false, PT_BR));

        CrmUser cleared = tenant.admin().users().update(new UpdateUser(joana.id(), joana.displayName(), null,
                joana.scope(), false, joana.version(), null));
        InvalidCommandException refused = thrown(InvalidCommandException.class, () -> tenant.as(joana.id()).catalogs()
                .create(new CreateCatalogEntry(CatalogKind.TEAM, " ")));

        assertThat(cleared.locale()).isEmpty();
        assertThat(refused.locale()).isEqualTo(ES);
    }

    private static HistoryEntry renamed(List<HistoryEntry> history) {
        return only(history, "name", "Deal");
    }

    private static HistoryEntry only(List<HistoryEntry> history, String field, String oldValue) {
        List<HistoryEntry> found = history.stream()
                .filter(e -> e.field().equals(field) && oldValue.equals(e.oldValue())).toList();
        assertThat(found).as("%s changed from %s", field, oldValue).hasSize(1);
        return found.get(0);
    }

    private static HistoryEntry created(List<HistoryEntry> history, String field) {
        List<HistoryEntry> found = history.stream().filter(e -> e.field().equals(field) && e.oldValue() == null).toList();
        assertThat(found).as("%s set at creation", field).hasSize(1);
        return found.get(0);
    }
}
