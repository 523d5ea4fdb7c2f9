package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CrmUser;
import dev.crmkit.account.Account;
import dev.crmkit.casework.AddCaseComment;
import dev.crmkit.casework.BusinessCalendar;
import dev.crmkit.casework.BusinessHours;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseQueue;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.ClockPause;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.QueuedCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.casework.SlaState;
import dev.crmkit.casework.SlaTarget;
import dev.crmkit.casework.UpdateSlaSettings;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Page;
import dev.crmkit.common.UserId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Property: for random cases (priorities with and without targets, teams, categories, assignees, accounts of several
 * responsibles, public answers and internal notes, waits for the customer, resolutions, reopenings and closes, time
 * passing over business hours, nights, weekends and a holiday) and random combinations of every queue filter, asked by
 * users of every access scope, the queue holds exactly what a brute force holds: the cases the actor reaches that pass
 * the filters, by due time then id, and — walking the cursor — every one of them, each once. The brute force is written
 * here from the rules documented on {@link CaseQueue} and {@link dev.crmkit.casework.CaseSla}: it replays each case's
 * moves, counts its clocks with the business calendar (itself checked minute by minute elsewhere) and never reads the
 * instants the library stored.
 */
public abstract class CaseQueueProperties extends CrmKitSupport {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
    private static final int AT_RISK = 60;

    @Property(tries = 20)
    void theQueueHoldsExactlyWhatABruteForceHolds(@ForAll @IntRange(max = Integer.MAX_VALUE) int seed) {
        Random random = new Random(seed);
        World world = world(random);
        Instant now = clock.instant();

        for (int query = 0; query < 6; query++) {
            CaseQueue filter = filter(random, world);
            UserId actor = world.users().get(random.nextInt(world.users().size()));
            CrmSession session = world.tenant().as(actor);
            CrmUser user = world.admin().users().get(actor);
            List<Model> expected = world.cases().values().stream()
                    .filter(m -> reaches(world, user, m))
                    .filter(m -> matches(filter, m, world, now))
                    .sorted(Comparator.comparing((Model m) -> dueAt(m, world, now), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(m -> m.id))
                    .toList();
            String context = "actor " + actor + ", filter " + filter;
            if (!filter.accounts().stream().allMatch(a -> seesAccount(world, user, a))) {
                // An account filter names accounts in the actor's scope; another is answered as an unknown one.
                thrown(dev.crmkit.common.NotFoundException.class, () -> session.cases().queue(filter));
                continue;
            }

            List<CaseId> walked = new ArrayList<>();
            Page<QueuedCase> page = session.cases().queue(filter);
            while (true) {
                assertThat(page.items().size()).as(context).isLessThanOrEqualTo(filter.pageSize());
                for (QueuedCase item : page.items()) {
                    walked.add(item.serviceCase().id());
                    Model model = world.cases().get(item.serviceCase().id());
                    assertThat(item.sla().firstResponse().state()).as(context).isEqualTo(firstResponse(model, world, now));
                    assertThat(item.sla().resolution().state()).as(context).isEqualTo(resolution(model, world, now));
                }
                assertThat(walked.size()).as(context).isLessThanOrEqualTo(expected.size());
                if (page.nextCursor() == null) {
                    break;
                }
                page = session.cases().queue(filter.after(page.nextCursor()));
            }
            assertThat(walked).as(context).containsExactlyElementsOf(expected.stream().map(m -> m.id).toList());
        }
    }

    /** What the test knows of a case: what it was opened with and each move it made. */
    private static final class Model {
        final CaseId id;
        final AccountId account;
        final CaseDetails details;
        final Instant createdAt;
        CaseStatus status = CaseStatus.NEW;
        Instant firstAnswer;
        Instant resolvedAt;
        /** When the resolution clock last stopped, while it stands still. */
        Instant stoppedAt;
        final List<ClockPause> pauses = new ArrayList<>();

        Model(ServiceCase c) {
            this.id = c.id();
            this.account = c.accountId();
            this.details = c.details();
            this.createdAt = c.createdAt();
        }
    }

    private World world(Random random) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        List<CatalogEntryId> teams = List.of(tenant.addTeam("Support"), tenant.addTeam("Field"));
        List<UserId> users = new ArrayList<>(List.of(tenant.adminId()));
        for (int i = 0; i < 4; i++) {
            AccessScope scope = AccessScope.values()[random.nextInt(AccessScope.values().length)];
            UserTestData user = UserTestData.aUser().withId("u" + i).withScope(scope);
            if (random.nextBoolean()) {
                user = user.inTeam(teams.get(random.nextInt(teams.size())));
            }
            users.add(tenant.addUser(user).id());
        }
        List<CatalogEntryId> priorities = new ArrayList<>();
        for (String name : List.of("Urgent", "High", "Low")) {
            priorities.add(tenant.addEntry(CatalogKind.PRIORITY, name).id());
        }
        List<CatalogEntryId> categories = List.of(tenant.addEntry(CatalogKind.CASE_CATEGORY, "Network").id(),
                tenant.addEntry(CatalogKind.CASE_CATEGORY, "Billing").id());
        // "Low" has no targets; the others span minutes to weeks of business time.
        List<SlaTarget> targets = List.of(new SlaTarget(priorities.get(0), 15 + random.nextInt(60), 60 + random.nextInt(600)),
                new SlaTarget(priorities.get(1), 60 + random.nextInt(600), 600 + random.nextInt(6000)));
        SlaSettings settings = admin.cases().updateSlaSettings(UpdateSlaSettings.from(admin.cases().slaSettings())
                .withHours(new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30),
                        LocalTime.of(17, 45), Set.of(LocalDate.of(2026, 3, 4))))
                .withTargets(targets).withAtRiskPercent(AT_RISK));

        List<AccountId> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<UserId> responsibles = new ArrayList<>(someOf(random, users));
            if (responsibles.isEmpty()) {
                responsibles.add(tenant.adminId());
            }
            Account account = admin.accounts().create(anAccount().named("Account " + i)
                    .responsibles(responsibles.toArray(UserId[]::new)).build()).account();
            accounts.add(account.id());
        }

        Map<CaseId, Model> cases = new LinkedHashMap<>();
        int count = random.nextInt(30);
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofMinutes(random.nextInt(60 * 20)));
            CaseDetails details = CaseDetails.builder("Case " + i, CaseChannel.PHONE)
                    .priorityId(random.nextInt(5) == 0 ? null : pick(random, priorities))
                    .categoryId(random.nextBoolean() ? pick(random, categories) : null)
                    .teamId(random.nextBoolean() ? pick(random, teams) : null)
                    .assigneeId(random.nextBoolean() ? pick(random, users) : null)
                    .build();
            ServiceCase opened = admin.cases().open(new OpenCase(pick(random, accounts), details));
            Model model = new Model(opened);
            cases.put(model.id, model);
            int moves = random.nextInt(5);
            for (int m = 0; m < moves; m++) {
                clock.advance(Duration.ofMinutes(random.nextInt(60 * 30)));
                move(random, admin, model);
            }
        }
        clock.advance(Duration.ofMinutes(random.nextInt(60 * 24 * 3)));
        return new World(tenant, admin, users, teams, priorities, categories, accounts, settings,
                settings.calendar(ZONE), cases);
    }

    /** A public answer, an internal note or a move the status machine allows, applied to the model too. */
    private void move(Random random, CrmSession admin, Model model) {
        int roll = random.nextInt(4);
        Instant now = clock.instant();
        if (roll == 0) {
            boolean internal = random.nextBoolean();
            admin.cases().comment(internal ? AddCaseComment.internalNote(model.id, "Note") : AddCaseComment.publicComment(model.id, "Answer"));
            if (!internal && model.firstAnswer == null) {
                model.firstAnswer = now;
            }
            return;
        }
        List<CaseStatus> next = new ArrayList<>(model.status.next());
        if (model.status == CaseStatus.RESOLVED && model.resolvedAt.plus(Duration.ofDays(7)).isBefore(now)) {
            next.remove(CaseStatus.OPEN); // past the reopen window (the default week)
        }
        if (next.isEmpty()) {
            return;
        }
        CaseStatus to = pick(random, next);
        ServiceCase current = admin.cases().get(model.id);
        admin.cases().changeStatus(ChangeCaseStatus.of(current, to));
        boolean ran = runs(model.status);
        boolean runsNow = runs(to);
        if (ran && !runsNow) {
            model.stoppedAt = now;
        } else if (!ran && runsNow) {
            model.pauses.add(new ClockPause(model.stoppedAt, now));
            model.stoppedAt = null;
        }
        if ((to == CaseStatus.RESOLVED || to == CaseStatus.CLOSED) && model.firstAnswer == null) {
            model.firstAnswer = now;
        }
        if (to == CaseStatus.RESOLVED) {
            model.resolvedAt = now;
        }
        model.status = to;
    }

    private static boolean runs(CaseStatus status) {
        return status == CaseStatus.NEW || status == CaseStatus.OPEN;
    }

    private CaseQueue filter(Random random, World world) {
        CaseQueue.Builder filter = CaseQueue.builder().pageSize(1 + random.nextInt(7));
        if (random.nextInt(3) == 0) {
            filter.statuses(someOf(random, List.of(CaseStatus.values())));
        }
        if (random.nextInt(3) == 0) {
            filter.priorities(someOf(random, world.priorities()));
        }
        if (random.nextInt(4) == 0) {
            filter.assignees(someOf(random, world.users()));
        }
        if (random.nextInt(4) == 0) {
            filter.teams(someOf(random, world.teams()));
        }
        if (random.nextInt(4) == 0) {
            filter.categories(someOf(random, world.categories()));
        }
        if (random.nextInt(3) == 0) {
            filter.slaStates(someOf(random, List.of(SlaState.values())));
        }
        if (random.nextInt(5) == 0) {
            filter.accounts(Set.of(pick(random, world.accounts())));
        }
        if (random.nextInt(4) == 0) {
            Instant from = START.plus(Duration.ofHours(random.nextInt(24 * 10)));
            filter.opened(random.nextBoolean() ? from : null, random.nextBoolean() ? from.plus(Duration.ofHours(1 + random.nextInt(24 * 10))) : null);
        }
        return filter.build();
    }

    /** Through the account's responsibles (all of them, for an unrestricted user) or as the assignee. */
    private static boolean reaches(World world, CrmUser user, Model m) {
        return user.id().equals(m.details.assigneeId()) || seesAccount(world, user, m.account);
    }

    private static boolean seesAccount(World world, CrmUser user, AccountId account) {
        if (user.scope() == AccessScope.ALL) {
            return true;
        }
        Set<UserId> responsibles = world.admin().accounts().get(account).responsibles();
        if (user.scope() == AccessScope.TEAM && user.teamId().isPresent()) {
            return responsibles.stream().anyMatch(r -> world.admin().users().get(r).teamId().equals(user.teamId()));
        }
        return responsibles.contains(user.id());
    }

    private static boolean matches(CaseQueue f, Model m, World world, Instant now) {
        return (f.statuses().isEmpty() || f.statuses().contains(m.status))
                && (f.priorities().isEmpty() || has(f.priorities(), m.details.priorityId()))
                && (f.assignees().isEmpty() || has(f.assignees(), m.details.assigneeId()))
                && (f.teams().isEmpty() || has(f.teams(), m.details.teamId()))
                && (f.categories().isEmpty() || has(f.categories(), m.details.categoryId()))
                && (f.accounts().isEmpty() || f.accounts().contains(m.account))
                && (f.openedFrom() == null || !m.createdAt.isBefore(f.openedFrom()))
                && (f.openedTo() == null || m.createdAt.isBefore(f.openedTo()))
                && (f.slaStates().isEmpty() || f.slaStates().contains(firstResponse(m, world, now))
                        || f.slaStates().contains(resolution(m, world, now)));
    }

    /** The first-response clock: from the opening to the first public answer (or the resolution), never paused. */
    private static SlaState firstResponse(Model m, World world, Instant now) {
        SlaTarget target = world.settings().target(m.details.priorityId()).orElse(null);
        if (target == null) {
            return SlaState.NO_TARGET;
        }
        return state(world.calendar(), m.createdAt, target.firstResponse(), m.firstAnswer, now, List.of(), true);
    }

    /** The resolution clock: from the opening, standing still outside new and open. */
    private static SlaState resolution(Model m, World world, Instant now) {
        SlaTarget target = world.settings().target(m.details.priorityId()).orElse(null);
        if (target == null) {
            return SlaState.NO_TARGET;
        }
        return state(world.calendar(), m.createdAt, target.resolution(), m.stoppedAt, now, m.pauses,
                m.status == CaseStatus.RESOLVED || m.status == CaseStatus.CLOSED);
    }

    /** By definition: the business time used against the target and its at-risk share. */
    private static SlaState state(BusinessCalendar calendar, Instant start, Duration target, Instant stopped, Instant now,
            List<ClockPause> pauses, boolean finished) {
        Duration used = calendar.elapsed(start, stopped != null ? stopped : now, pauses);
        if (used.compareTo(target) >= 0) {
            return SlaState.BREACHED;
        }
        if (stopped != null) {
            return finished ? SlaState.MET : SlaState.PAUSED;
        }
        return used.multipliedBy(100).compareTo(target.multipliedBy(AT_RISK)) >= 0 ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    /** The earlier due time of the clocks still running against a target, or null. */
    private static Instant dueAt(Model m, World world, Instant now) {
        SlaTarget target = world.settings().target(m.details.priorityId()).orElse(null);
        if (target == null) {
            return null;
        }
        Instant due = null;
        if (m.firstAnswer == null) {
            due = world.calendar().dueAt(m.createdAt, target.firstResponse(), List.of());
        }
        if (m.stoppedAt == null) {
            Instant resolve = world.calendar().dueAt(m.createdAt, target.resolution(), m.pauses);
            due = due == null || resolve.isBefore(due) ? resolve : due;
        }
        return due;
    }

    /** Whether a set holds a value, none holding {@code null}. */
    private static boolean has(Set<?> set, Object value) {
        return value != null && set.contains(value);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> Set<T> someOf(Random random, List<T> values) {
        Set<T> chosen = new HashSet<>();
        for (T value : values) {
            if (random.nextInt(3) == 0) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private record World(TestTenant tenant, CrmSession admin, List<UserId> users, List<CatalogEntryId> teams,
            List<CatalogEntryId> priorities, List<CatalogEntryId> categories, List<AccountId> accounts, SlaSettings settings,
            BusinessCalendar calendar, Map<CaseId, Model> cases) {}
}
