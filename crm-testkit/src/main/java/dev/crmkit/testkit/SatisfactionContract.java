package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.casework.AnswerSurvey;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.CsatScore;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.SatisfactionGroup;
import dev.crmkit.casework.SatisfactionGrouping;
import dev.crmkit.casework.SatisfactionQuery;
import dev.crmkit.casework.SatisfactionStats;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.Survey;
import dev.crmkit.casework.SurveyAnswer;
import dev.crmkit.casework.TrainingNeeds;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.event.SurveyEvent;
import dev.crmkit.history.TimelineEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Satisfaction: a resolution issues a single-use survey token (only its hash stored), the answer is taken once and
 * refused when replayed, forged, replaced or expired; statistics by period, team, agent and category against the
 * formulas computed here independently; training needs; access.
 */
public abstract class SatisfactionContract extends CrmKitSupport {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    /** Student's t 97.5th percentiles for 1 to 30 degrees of freedom, from the printed tables. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
        2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
        2.048, 2.045, 2.042};

    @Example
    void givenAResolvedCase_whenTheCustomerAnswersWithTheToken_thenItIsTakenOnceAndReplaysForgeriesAndOldTokensAreRefused() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase opened = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("No signal", CaseChannel.PHONE).build()));
        ServiceCase resolved = admin.cases().changeStatus(ChangeCaseStatus.of(opened, CaseStatus.RESOLVED));
        String first = lastToken(tenant);
        ServiceCase reopened = admin.cases().changeStatus(ChangeCaseStatus.of(resolved, CaseStatus.OPEN));
        admin.cases().changeStatus(ChangeCaseStatus.of(reopened, CaseStatus.RESOLVED));
        String second = lastToken(tenant);

        InvalidCommandException replaced = thrown(InvalidCommandException.class,
                () -> crm().surveyAnswers().answer(new AnswerSurvey(first, 5, null, null)));
        InvalidCommandException forged = thrown(InvalidCommandException.class,
                () -> crm().surveyAnswers().answer(new AnswerSurvey(tenant.id().value() + ".forged", 5, null, null)));
        InvalidCommandException badScore = thrown(InvalidCommandException.class,
                () -> crm().surveyAnswers().answer(new AnswerSurvey(second, 6, 11, null)));
        clock.advance(Duration.ofHours(2));
        Survey answered = crm().surveyAnswers().answer(new AnswerSurvey(second, 4, 9, " Quick and kind "));
        RuleViolationException replay = thrown(RuleViolationException.class,
                () -> crm().surveyAnswers().answer(new AnswerSurvey(second, 1, 0, "again")));

        assertThat(first).isNotEqualTo(second).startsWith(tenant.id().value() + ".");
        assertThat(replaced.violations()).extracting(Violation::path).containsExactly("token");
        assertThat(forged.violations()).extracting(Violation::path).containsExactly("token");
        assertThat(badScore.violations()).extracting(Violation::path).containsExactlyInAnyOrder("csat", "nps");
        assertThat(replay.field()).contains("token");
        assertThat(answered.answer()).contains(new SurveyAnswer(4, 9, "Quick and kind", clock.instant()));
        assertThat(answered.tokenHash()).hasSize(64).doesNotContain(second);
        assertThat(admin.satisfaction().survey(opened.id())).contains(answered);
        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), SurveyEvent.class)).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("SurveyIssued", "SurveyIssued", "SurveyAnswered");
        assertThat(published.eventsOf(tenant.id(), SurveyEvent.SurveyIssued.class).get(0).toString()).doesNotContain(first);
        assertThat(admin.accounts().timeline(account.id(), null, 50).items()).extracting(TimelineEntry::summary)
                .contains("Satisfaction survey of case #1 answered: CSAT 4, NPS 9");

        // Reopened and resolved again after the answer: no new survey.
        ServiceCase again = admin.cases().changeStatus(ChangeCaseStatus.of(admin.cases().get(opened.id()), CaseStatus.OPEN));
        admin.cases().changeStatus(ChangeCaseStatus.of(again, CaseStatus.RESOLVED));
        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), SurveyEvent.SurveyIssued.class)).hasSize(2);
        assertThat(admin.satisfaction().survey(opened.id())).contains(answered);
    }

    @Example
    void givenATokenOlderThanItsValidity_whenAnswered_thenItIsRefusedAndNothingChanges() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account account = admin.accounts().create(anAccount().build()).account();
        ServiceCase opened = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Late", CaseChannel.PHONE).build()));
        admin.cases().changeStatus(ChangeCaseStatus.of(opened, CaseStatus.RESOLVED));
        String token = lastToken(tenant);
        clock.advance(Survey.VALIDITY);

        RuleViolationException expired = thrown(RuleViolationException.class,
                () -> crm().surveyAnswers().answer(new AnswerSurvey(token, 5, null, null)));

        assertThat(expired.field()).contains("token");
        assertThat(admin.satisfaction().survey(opened.id()).flatMap(Survey::answer)).isEmpty();
    }

    @Example
    void givenAnswersOfTwoTeamsAndAgents_whenStatisticsAreRead_thenFiguresGroupsAndTrainingNeedsFollowTheFormulas() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        UserId ana = tenant.addUser("ana", AccessScope.ALL).id();
        UserId bob = tenant.addUser("bob", AccessScope.PORTFOLIO).id();
        CatalogEntryId field = tenant.addTeam("Field");
        CatalogEntryId desk = tenant.addTeam("Desk");
        CatalogEntryId network = tenant.addEntry(CatalogKind.CASE_CATEGORY, "Network").id();
        Account account = admin.accounts().create(anAccount().build()).account();
        answer(tenant, resolve(admin, account, field, ana, network), 5, 10);
        answer(tenant, resolve(admin, account, field, ana, network), 4, 8);
        answer(tenant, resolve(admin, account, desk, bob, null), 1, 3);
        resolve(admin, account, desk, bob, null);

        SatisfactionStats all = admin.satisfaction().statistics(SatisfactionQuery.builder(FROM, TO).build());
        SatisfactionStats fieldOnly = admin.satisfaction().statistics(SatisfactionQuery.builder(FROM, TO).teamId(field).build());
        List<SatisfactionGroup> byAgent = admin.satisfaction().statisticsBy(SatisfactionQuery.builder(FROM, TO).build(),
                SatisfactionGrouping.AGENT);
        TrainingNeeds needs = admin.satisfaction().trainingNeeds(SatisfactionQuery.builder(FROM, TO).build(), 1);
        SatisfactionStats nothing = admin.satisfaction().statistics(SatisfactionQuery.builder(TO.plusDays(1), TO.plusDays(2)).build());

        assertThat(all.surveys()).isEqualTo(4);
        assertThat(all.answers()).isEqualTo(3);
        assertThat(all.responseRate()).contains(0.75);
        assertThat(all.csat().distribution()).containsExactly(1L, 0L, 0L, 1L, 1L);
        assertThat(all.csat().mean()).isCloseTo(10.0 / 3, within(1e-9));
        double s = Math.sqrt(((5 - 10.0 / 3) * (5 - 10.0 / 3) + (4 - 10.0 / 3) * (4 - 10.0 / 3) + (1 - 10.0 / 3) * (1 - 10.0 / 3)) / 2);
        assertThat(all.csat().upper()).isCloseTo(10.0 / 3 + 4.303 * s / Math.sqrt(3), within(1e-2));
        assertThat(all.nps().promoters()).isEqualTo(1);
        assertThat(all.nps().detractors()).isEqualTo(1);
        assertThat(all.nps().score()).contains(0.0);
        assertThat(fieldOnly.surveys()).isEqualTo(2);
        assertThat(fieldOnly.csat().mean()).isEqualTo(4.5);
        assertThat(fieldOnly.nps().score()).contains(50.0);
        assertThat(byAgent).extracting(SatisfactionGroup::key).containsExactly("ana", "bob");
        assertThat(byAgent).extracting(SatisfactionGroup::name).containsOnly("Test User");
        assertThat(byAgent.get(1).stats().surveys()).isEqualTo(2);
        assertThat(needs.agents()).extracting(SatisfactionGroup::key).containsExactly("bob", "ana");
        assertThat(needs.categories()).extracting(SatisfactionGroup::name).containsExactly("Network");
        assertThat(admin.satisfaction().trainingNeeds(SatisfactionQuery.builder(FROM, TO).build(), 2).agents())
                .extracting(SatisfactionGroup::key).containsExactly("ana");
        assertThat(nothing.surveys()).isZero();
        assertThat(nothing.csat().mean()).isNull();
        assertThat(nothing.responseRate()).isEmpty();
        thrown(AccessDeniedException.class, () -> tenant.as(bob).satisfaction().statistics(SatisfactionQuery.builder(FROM, TO).build()));
        thrown(InvalidCommandException.class, () -> admin.satisfaction().statistics(SatisfactionQuery.builder(TO, FROM).build()));
        thrown(InvalidCommandException.class, () -> admin.satisfaction().trainingNeeds(SatisfactionQuery.builder(FROM, TO).build(), 0));
    }

    /** One survey of the property: its team, agent and category (by index), and its answer (CSAT 0: unanswered). */
    public record Planned(int team, int agent, int category, int csat, Integer nps) {}

    @Provide
    Arbitrary<List<Planned>> plans() {
        Arbitrary<Planned> one = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 10).injectNull(0.3)).as(Planned::new);
        return one.list().ofMinSize(0).ofMaxSize(9);
    }

    @Property(tries = 6)
    void givenRandomSurveysAndAnswers_whenStatisticsAreRead_thenTheyMatchTheFormulasComputedIndependently(
            @ForAll("plans") List<Planned> plans) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        List<CatalogEntryId> teams = new ArrayList<>();
        List<UserId> agents = new ArrayList<>();
        List<CatalogEntryId> categories = new ArrayList<>();
        teams.add(null);
        agents.add(null);
        categories.add(null);
        for (int i = 1; i <= 2; i++) {
            teams.add(tenant.addTeam("Team " + i));
            agents.add(tenant.addUser("agent" + i, AccessScope.ALL).id());
            categories.add(tenant.addEntry(CatalogKind.CASE_CATEGORY, "Category " + i).id());
        }
        Account account = admin.accounts().create(anAccount().build()).account();
        for (Planned plan : plans) {
            ServiceCase resolved = resolve(admin, account, teams.get(plan.team()), agents.get(plan.agent()), categories.get(plan.category()));
            if (plan.csat() > 0) {
                String token = lastToken(tenant);
                crm().surveyAnswers().answer(new AnswerSurvey(token, plan.csat(), plan.nps(), null));
            }
            assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
        }

        expect(admin.satisfaction().statistics(SatisfactionQuery.builder(FROM, TO).build()), plans);
        Map<String, List<Planned>> byTeam = new TreeMap<>();
        for (Planned plan : plans) {
            byTeam.computeIfAbsent(teams.get(plan.team()) == null ? "" : teams.get(plan.team()).toString(), k -> new ArrayList<>()).add(plan);
        }
        List<SatisfactionGroup> groups = admin.satisfaction().statisticsBy(SatisfactionQuery.builder(FROM, TO).build(),
                SatisfactionGrouping.TEAM);
        assertThat(groups).extracting(SatisfactionGroup::key).containsExactlyElementsOf(byTeam.keySet());
        for (SatisfactionGroup group : groups) {
            expect(group.stats(), byTeam.get(group.key()));
        }
        UserId agent = agents.get(1);
        expect(admin.satisfaction().statistics(SatisfactionQuery.builder(FROM, TO).agentId(agent).build()),
                plans.stream().filter(p -> p.agent() == 1).toList());
        CatalogEntryId category = categories.get(2);
        expect(admin.satisfaction().statistics(SatisfactionQuery.builder(FROM, TO).categoryId(category).build()),
                plans.stream().filter(p -> p.category() == 2).toList());
    }

    /** The figures of some planned surveys by the formulas: mean, t interval from the table, NPS, response rate. */
    private static void expect(SatisfactionStats stats, List<Planned> plans) {
        List<Integer> scores = plans.stream().filter(p -> p.csat() > 0).map(Planned::csat).toList();
        List<Integer> nps = plans.stream().filter(p -> p.csat() > 0 && p.nps() != null).map(Planned::nps).toList();
        assertThat(stats.surveys()).isEqualTo(plans.size());
        assertThat(stats.answers()).isEqualTo(scores.size());
        for (int score = 1; score <= 5; score++) {
            int k = score;
            assertThat(stats.csat().distribution().get(score - 1)).isEqualTo(scores.stream().filter(x -> x == k).count());
        }
        CsatScore csat = stats.csat();
        if (scores.isEmpty()) {
            assertThat(csat.mean()).isNull();
        } else {
            double mean = scores.stream().mapToDouble(Integer::doubleValue).sum() / scores.size();
            assertThat(csat.mean()).isCloseTo(mean, within(1e-9));
            if (scores.size() < 2) {
                assertThat(csat.lower()).isNull();
                assertThat(csat.upper()).isNull();
            } else {
                double squares = 0;
                for (int x : scores) {
                    squares += (x - mean) * (x - mean);
                }
                double half = T975[scores.size() - 2] * Math.sqrt(squares / (scores.size() - 1)) / Math.sqrt(scores.size());
                assertThat(csat.lower()).isCloseTo(mean - half, within(1e-3 * Math.max(1, half)));
                assertThat(csat.upper()).isCloseTo(mean + half, within(1e-3 * Math.max(1, half)));
            }
        }
        assertThat(stats.nps().answers()).isEqualTo(nps.size());
        if (nps.isEmpty()) {
            assertThat(stats.nps().score()).isEmpty();
        } else {
            long promoters = nps.stream().filter(x -> x >= 9).count();
            long detractors = nps.stream().filter(x -> x <= 6).count();
            assertThat(stats.nps().score().orElseThrow()).isCloseTo(100.0 * (promoters - detractors) / nps.size(), within(1e-9));
        }
        if (plans.isEmpty()) {
            assertThat(stats.responseRate()).isEmpty();
        } else {
            assertThat(stats.responseRate().orElseThrow()).isCloseTo((double) scores.size() / plans.size(), within(1e-9));
        }
    }

    private ServiceCase resolve(CrmSession admin, Account account, CatalogEntryId team, UserId agent, CatalogEntryId category) {
        ServiceCase opened = admin.cases().open(new OpenCase(account.id(), CaseDetails.builder("Case", CaseChannel.PHONE)
                .teamId(team).assigneeId(agent).categoryId(category).build()));
        return admin.cases().changeStatus(ChangeCaseStatus.of(opened, CaseStatus.RESOLVED));
    }

    private void answer(TestTenant tenant, ServiceCase resolved, int csat, Integer nps) {
        assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
        crm().surveyAnswers().answer(new AnswerSurvey(lastToken(tenant), csat, nps, null));
    }

    /** The token of the latest survey the tenant issued, as the host receives it. */
    private String lastToken(TestTenant tenant) {
        crm().relayEvents();
        List<SurveyEvent.SurveyIssued> issued = published.eventsOf(tenant.id(), SurveyEvent.SurveyIssued.class);
        return issued.get(issued.size() - 1).token();
    }
}
