package dev.crmkit.testkit;


import dev.crmkit.Actor;
import dev.crmkit.CrmSession;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.Violation;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.segment.Segment;
import dev.crmkit.testkit.BadArguments.Kind;
import dev.crmkit.testkit.BadArguments.Probe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: every public use-case method, called with a bad value anywhere in its arguments, refuses the call
 * with a {@link CrmException} and changes nothing.
 *
 * <p>The methods are found by reflection: every method of every use-case interface {@link CrmSession} hands out,
 * and of the host-level ones {@code Crm} hands out ({@link UseCaseMethod#all()}). For each method
 * {@link BadArguments} finds every slot of its arguments (each parameter, each component of a command at any
 * depth, each element of a list) and the bad values of the slot's type: {@code null} for a parameter; NUL,
 * unpaired surrogates and 200,000 characters for a text; 70,000 elements for a list or set; dates from
 * {@code LocalDate.MIN} to the year 999999; {@code Integer.MIN_VALUE} and friends; {@code 1e999999999} and
 * {@code 1e20} as money; forged cursors and the other tenant's genuine ones; the other tenant's ids and unknown
 * ones; a stale version. A new method, command or field is probed without anyone listing it.
 *
 * <p>Every probe is called once, each run (about 1,300 calls, the actor's locale taking turns among five); then a
 * jqwik property draws 100 more at random, with a random locale, half of them by method and half by kind of bad
 * value, so a failure comes with a seed and a shrunk sample.
 *
 * <p>A bad value of a shape (a text, a list, a date, a number, a cursor) must be refused as invalid input naming
 * its slot, in the actor's locale; an id that is not the tenant's, or a stale version, with any {@code
 * CrmException} (a lookup answering with an {@link Optional} may also answer empty). Before and after each call
 * the tenant's contents (its users and catalogs, accounts, profile, pipelines, board, card, saved filters, agenda,
 * tasks and the events it published) are compared, and the other tenant's events counted.
 */
public abstract class BadInputProperties extends CrmKitSupport {

    private static final List<UseCaseMethod> METHODS = UseCaseMethod.all();

    private BadInputWorld world;
    private BadInputWorld other;
    private String foreignCursor;
    // What the last call left: the next call's "before", read once (no call may change it).
    private Contents lastSeen;

    @Example
    void givenEveryBadValueOfEverySlot_whenEveryUseCaseIsCalledWithIt_thenEachIsRefusedAndNothingChanged() {
        List<Locale> locales = List.of(Locale.ENGLISH, ExpectedMessages.PT_BR, ExpectedMessages.ES, Locale.FRENCH, Locale.JAPAN);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (UseCaseMethod method : METHODS) {
            for (Probe probe : BadArguments.probes(method)) {
                try {
                    check(probe, locales.get(calls % locales.size()));
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
                calls++;
            }
        }
        Statistics.label("use-case methods").collect(METHODS.size());
        Statistics.label("calls, one per slot and kind of bad value").collect(calls);
        assertThat(failures).as("calls with a bad value that were not refused, or changed something").isEmpty();
    }

    @Property(tries = 100)
    void givenABadValueAnywhereInTheArguments_whenAnyUseCaseIsCalled_thenACrmExceptionRefusesItAndNothingChanged(
            @ForAll("probes") Probe probe, @ForAll("locales") Locale locale) {
        Statistics.label("kind").collect(probe.kind());
        check(probe, locale);
    }

    @Example
    void givenEveryUseCaseMethod_whenItsArgumentsAreProbed_thenEachHasBadValuesAndPlausibleArgumentsThatBuild() {
        assertThat(METHODS).as("use-case methods found").hasSizeGreaterThan(100);
        World w = world();
        int probes = 0;
        for (UseCaseMethod method : METHODS) {
            List<Probe> found = BadArguments.probes(method);
            if (method.method().getParameterCount() > 0) {
                assertThat(found).as(method + " has bad values").isNotEmpty();
            }
            Object[] plausible = BadArguments.plausibleArguments(method, w.world());
            for (int i = 0; i < plausible.length; i++) {
                Class<?> type = method.method().getParameterTypes()[i];
                if (type != String.class) {
                    assertThat(plausible[i]).as(method + " parameter " + i + " has a plausible value").isNotNull();
                }
            }
            probes += found.size();
        }
        Statistics.label("use-case methods").collect(METHODS.size());
        Statistics.label("probes (slot and kind)").collect(probes);
    }

    @Provide
    Arbitrary<Probe> probes() {
        // Half the tries pick a method, then one of its probes: every method as likely as another, however many
        // slots it has. The other half pick a kind of bad value, then a probe of that kind: the rarer kinds (a huge
        // list, a forged cursor, absurd money) as likely as a null or an unknown id.
        List<Probe> all = METHODS.stream().flatMap(m -> BadArguments.probes(m).stream()).toList();
        List<List<Probe>> byMethod = METHODS.stream().map(BadArguments::probes).filter(p -> !p.isEmpty()).toList();
        List<List<Probe>> byKind = Arrays.stream(Kind.values())
                .map(kind -> all.stream().filter(p -> p.kind() == kind).toList()).filter(p -> !p.isEmpty()).toList();
        return Arbitraries.oneOf(Arbitraries.of(byMethod).flatMap(Arbitraries::of), Arbitraries.of(byKind).flatMap(Arbitraries::of));
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, ExpectedMessages.PT_BR, ExpectedMessages.ES, Locale.FRENCH, Locale.JAPAN);
    }

    /** Calls a probe's method with its bad value and checks it was refused and changed nothing. */
    private void check(Probe probe, Locale locale) {
        World w = world();
        CrmSession session = crm().as(new Actor(w.world().tenant().id(), w.world().tenant().adminId(), locale));
        Contents before = lastSeen != null ? lastSeen : Contents.of(w.world(), this);
        int otherEvents = published.eventsOf(w.other().tenant().id()).size();

        Object[] arguments;
        try {
            arguments = BadArguments.arguments(probe, w.world(), w.other(), w.foreignCursor());
        } catch (CrmException refusedWhileBuilt) {
            // A value type refused the bad value as it was built (money of 1e999999999): the boundary held.
            Statistics.label("refused").collect("by a value's constructor");
            return;
        }
        Throwable thrown = null;
        Object returned = null;
        try {
            returned = probe.method().call(crm(), session, arguments);
        } catch (Throwable t) {
            thrown = t;
        }
        Statistics.label("refused").collect(thrown == null ? "answered" : thrown.getClass().getSimpleName());

        if (thrown == null) {
            assertThat(probe.method().answersOptional() && !probe.kind().shape() && returned.equals(Optional.empty()))
                    .as("%s was accepted and answered %s", probe, returned).isTrue();
        } else {
            if (!(thrown instanceof CrmException refused)) {
                throw new AssertionError(probe + " threw " + thrown, thrown);
            }
            if (probe.kind().shape() || probe.kind() == Kind.NULL) {
                if (!(refused instanceof InvalidCommandException invalid)) {
                    throw new AssertionError(probe + " was refused, but not as invalid input: " + refused, refused);
                }
                if (probe.kind().shape()) {
                    String field = probe.field();
                    assertThat(invalid.violations()).as("%s names its field %s", probe, field).extracting(Violation::path)
                            .anyMatch(path -> path.equals(field) || path.endsWith("." + field));
                }
            }
            if (!probe.method().host()) {
                assertThat(refused.locale()).as("%s speaks the actor's language", probe).isEqualTo(Messages.supported(locale));
            }
        }
        Contents after = Contents.of(w.world(), this);
        assertThat(after).as("%s changed nothing", probe).isEqualTo(before);
        lastSeen = after;
        assertThat(published.eventsOf(w.other().tenant().id())).as("%s changed nothing of the other tenant", probe)
                .hasSize(otherEvents);
    }

    /** The two tenants, built once for the whole run of a property: no call may change them. */
    private World world() {
        if (world == null) {
            other = BadInputWorld.fill(newTenant(), BadInputWorld.OTHER_ONLY);
            world = BadInputWorld.fill(newTenant(), null);
            foreignCursor = other.tenant().admin().accounts().query(AccountQuery.builder().pageSize(1).build()).next()
                    .orElseThrow();
        }
        return new World(world, other, foreignCursor);
    }

    /** The tenant called, the other one, and a genuine cursor of the other one. */
    private record World(BadInputWorld world, BadInputWorld other, String foreignCursor) {}

    /**
     * Everything of a tenant the calls could change, as its administrator sees it.
     *
     * @param tenant the tenant's record, users and catalogs
     * @param accounts every account
     * @param profile the first account's profile (contacts, relationships, documents, cards, agenda, timeline)
     * @param pipelines every pipeline
     * @param board the pipeline's board
     * @param card the card
     * @param savedFilters the administrator's saved filters
     * @param settings the agenda settings
     * @param agenda the second account's agenda
     * @param tasks the administrator's task list
     * @param products every product, inactive ones included
     * @param prices the prices of the world's price list
     * @param segments the administrator's segments (their own and the shared ones)
     * @param events how many events the tenant published
     * @param unpublished the tenant's events the relay has not handed over
     */
    private record Contents(TenantSnapshot tenant, List<Account> accounts, AccountProfile profile, List<Pipeline> pipelines,
            Board board, Card card, List<SavedFilter> savedFilters, AgendaSettings settings, List<AgendaEntry> agenda,
            TaskList tasks, List<Product> products, List<ProductPrice> prices, List<Segment> segments, int events, int unpublished) {

        static Contents of(BadInputWorld world, BadInputProperties suite) {
            CrmSession admin = world.tenant().admin();
            PipelineId pipeline = (PipelineId) world.id(PipelineId.class);
            return new Contents(TenantSnapshot.of(admin),
                    new ArrayList<>(admin.accounts().query(AccountQuery.builder().pageSize(500).build()).items()),
                    admin.accounts().profile((AccountId) world.id(AccountId.class)),
                    admin.pipelines().list(),
                    admin.cards().board(pipeline, BoardFilter.DEFAULT),
                    admin.cards().get((CardId) world.id(CardId.class)),
                    admin.pipelines().savedFilters(pipeline),
                    admin.agenda().settings(),
                    admin.agenda().ofAccount(world.secondAccount()),
                    admin.agenda().tasks(world.tenant().adminId()),
                    admin.products().list(null, true),
                    admin.priceLists().prices(world.entries().get(CatalogKind.PRICE_LIST)),
                    admin.segments().list(),
                    suite.published.eventsOf(world.tenant().id()).size(),
                    StoreFixtures.unpublished(suite.store(), world.tenant().id()).size());
        }
    }
}
