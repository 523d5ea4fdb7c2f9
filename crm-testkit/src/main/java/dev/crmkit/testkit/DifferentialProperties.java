package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.TaxId;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.event.DomainEvent;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.BoardDateField;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.BoardOrder;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.CreatePipeline;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.IdGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;
import org.hibernate.validator.HibernateValidator;

/**
 * Differential property: one chain of random steps over accounts, contacts, relationships, cards, board filters and
 * the agenda runs on two stores side by side, a reference and the store under test, each behind its own {@code Crm}.
 * Both {@code Crm}s share one test clock, get id generators that return the same sequence and the same cursor key, so
 * equal behaviour means equal answers: after every step the step's own answer (its result, or its error compared by
 * exception class, code, field and violations) and every observable view — each actor's account pages, board and task
 * list, every account's profile (contacts, relationships, cards, agenda, timeline), and the events published — are
 * compared with {@code equals}. Nothing is normalised.
 *
 * <p>Steps are taken by the administrator and by a seller whose scope is her portfolio, so that access rules are
 * compared too; ids are picked among the records created so far, or an unknown id when there are none.
 */
public abstract class DifferentialProperties {

    private static final UserId ADMIN = UserId.of("admin");
    private static final UserId SELLER = UserId.of("seller");
    private static final List<UserId> ACTORS = List.of(ADMIN, SELLER);
    private static final BoardFilter EVERYTHING = BoardFilter.builder().archived(TriState.ALL).lost(TriState.ALL)
            .convertedToCustomer(TriState.ALL).convertedToService(TriState.ALL).cardsPerStage(500).build();
    /** Numbers as users type them: the same number written several ways, and text that is not a number. */
    /** One validator factory for every {@code Crm} of the chains: building one per {@code Crm} costs more than a step. */
    private static final ValidatorFactory VALIDATION = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory();
    private static final List<String> NUMBERS = List.of("1E+3", "1000.00", "7e2", "2.50E+1", "12,50", "-0.000", "abc");

    /**
     * The reference the store under test is compared with; a new, empty one for each try.
     *
     * @return the reference store
     */
    protected abstract CrmStore referenceStore();

    /**
     * The store under test. Called once per try: may return one shared instance (each try uses a tenant of its own).
     *
     * @return the store
     */
    protected abstract CrmStore storeUnderTest();

    @Property(tries = 20)
    void everyStepAnswersTheSameOnBothStores(@ForAll("chains") ActionChain<Twins> chain) {
        chain.withInvariant("every view is equal on both stores", Twins::compareViews).run();
    }

    @Provide
    Arbitrary<ActionChain<Twins>> chains() {
        Arbitrary<UserId> actor = Arbitraries.of(ACTORS);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        return ActionChain.<Twins>startWith(this::newTwins)
                .withAction(4, step(Combinators.combine(actor, pick, Arbitraries.of(Classification.values()), pick)
                        .as((who, name, classification, tax) -> mutate("create account", w -> w.createAccount(who, name,
                                classification, tax)))))
                .withAction(2, step(Combinators.combine(actor, pick, Arbitraries.of(Classification.values()))
                        .as((who, account, classification) -> mutate("classify account", w -> w.classify(who, account,
                                classification)))))
                .withAction(3, step(Combinators.combine(actor, pick, Arbitraries.of(true, false), Arbitraries.of(NUMBERS))
                        .as((who, account, number, value) -> mutate("set characteristic", w -> w.characteristic(who, account,
                                number, value)))))
                .withAction(1, step(Combinators.combine(actor, pick).as((who, account) -> mutate("delete account",
                        w -> w.deleteAccount(who, account)))))
                .withAction(3, step(Combinators.combine(actor, pick, pick).as((who, account, name) -> mutate("add contact",
                        w -> w.addContact(who, account, name)))))
                .withAction(1, step(Combinators.combine(actor, pick).as((who, contact) -> mutate("remove contact",
                        w -> w.removeContact(who, contact)))))
                .withAction(3, step(Combinators.combine(actor, pick, pick, Arbitraries.of(true, false))
                        .as((who, from, to, hierarchical) -> mutate("relate accounts", w -> w.relate(who, from, to,
                                hierarchical)))))
                .withAction(1, step(Combinators.combine(actor, pick).as((who, relationship) -> mutate("remove relationship",
                        w -> w.removeRelationship(who, relationship)))))
                .withAction(3, step(Combinators.combine(actor, pick, pick, pick).as((who, stage, account, value) ->
                        mutate("create card", w -> w.createCard(who, stage, account, value)))))
                .withAction(3, step(Combinators.combine(actor, pick, pick, pick).as((who, card, stage, after) ->
                        mutate("move card", w -> w.moveCard(who, card, stage, after)))))
                .withAction(1, step(Combinators.combine(actor, pick, Arbitraries.of("lose", "archive", "reopen", "customer"))
                        .as((who, card, outcome) -> mutate("card outcome", w -> w.outcome(who, card, outcome)))))
                .withAction(2, step(Combinators.combine(actor, boardFilters()).as((who, filter) -> mutate("board filter",
                        w -> w.board(who, filter)))))
                .withAction(2, step(Combinators.combine(actor, pick, Arbitraries.of(AccountSort.values()), pick)
                        .as((who, text, sort, size) -> mutate("account query", w -> w.query(who, text, sort, size)))))
                .withAction(3, step(Combinators.combine(actor, pick, Arbitraries.integers().between(-3, 5), Arbitraries.of(ACTORS))
                        .as((who, account, days, owner) -> mutate("agenda entry", w -> w.agendaEntry(who, account, days,
                                owner)))))
                .withAction(2, step(Combinators.combine(actor, pick, Arbitraries.of(true, false)).as((who, entry, conclude) ->
                        mutate("conclude/reopen entry", w -> w.concludeOrReopen(who, entry, conclude)))))
                .withAction(1, step(Arbitraries.integers().between(1, 72).map(hours -> mutate("advance clock",
                        w -> w.clock.advance(Duration.ofHours(hours))))))
                .withMaxTransformations(20);
    }

    private static Action.Independent<Twins> step(Arbitrary<Transformer<Twins>> transformers) {
        return () -> transformers;
    }

    private static Transformer<Twins> mutate(String kind, Consumer<Twins> step) {
        return Transformer.mutate(kind, w -> {
            Statistics.label("actions").collect(kind);
            step.accept(w);
        });
    }

    private static Arbitrary<BoardFilter> boardFilters() {
        Arbitrary<TriState> tri = Arbitraries.of(TriState.values());
        return Combinators.combine(Arbitraries.of(BoardOrder.values()), Arbitraries.of(BoardDateField.values()),
                Arbitraries.integers().between(-2, 2), Arbitraries.of(10, 20, 500), tri, tri, tri, tri)
                .as((order, dates, days, size, archived, lost, customer, tasks) -> {
                    LocalDate today = LocalDate.ofInstant(CrmKitSupport.START, ZoneOffset.UTC);
                    BoardFilter.Builder filter = BoardFilter.builder().order(order).cardsPerStage(size).archived(archived)
                            .lost(lost).convertedToCustomer(customer).hasTasks(tasks);
                    if (days != 0) {
                        filter.dates(dates, today.minusDays(Math.abs(days)), today.plusDays(Math.abs(days) * 3L));
                    }
                    return filter.build();
                });
    }

    private Twins newTwins() {
        return new Twins(referenceStore(), storeUnderTest());
    }

    /** One side of the comparison: a {@code Crm} over one store, and the events it published. */
    private record Side(Crm crm, RecordingPublisher published) {

        CrmSession as(TenantId tenant, UserId user) {
            return crm.as(new Actor(tenant, user, Locale.ENGLISH));
        }
    }

    /**
     * An answer to a call: its value, or the shape of its error.
     *
     * @param value the result, when it succeeded
     * @param error the error, when it failed
     */
    record Outcome(Object value, ErrorShape error) {

        boolean ok() {
            return error == null;
        }
    }

    /**
     * What is compared of an error: its class, code, field and violations (path and code); not its message text.
     *
     * @param type the exception class
     * @param code its message key
     * @param field the field it names, if any
     * @param violations the violations of an invalid command, as path and code
     */
    record ErrorShape(Class<?> type, String code, String field, List<List<String>> violations) {

        static ErrorShape of(CrmException e) {
            List<List<String>> violations = e instanceof InvalidCommandException invalid ? invalid.violations().stream()
                    .map(v -> Arrays.asList(v.path(), v.code())).toList() : List.of();
            return new ErrorShape(e.getClass(), e.code(), e.field().orElse(null), violations);
        }
    }

    /** The two sides, the clock they share, and the ids the chain has made so far (equal on both sides). */
    static final class Twins {

        final TestClock clock = new TestClock(CrmKitSupport.START);
        private final Side reference;
        private final Side candidate;
        private final TenantId tenant = TenantId.of("diff-" + UUID.randomUUID());
        private final List<AccountId> accounts = new ArrayList<>();
        private final List<ContactId> contacts = new ArrayList<>();
        private final List<RelationshipId> relationships = new ArrayList<>();
        private final List<CardId> cards = new ArrayList<>();
        private final List<AgendaEntryId> entries = new ArrayList<>();
        private final List<TaxId> taxIds = List.of(TaxIdSamples.cnpj(), TaxIdSamples.cnpj(), TaxIdSamples.cpf());
        private final Pipeline pipeline;
        private final LabelId hot;
        private final CatalogEntryId employees;
        private final CatalogEntryId size;
        private final CatalogEntryId parentOf;
        private final CatalogEntryId partnerOf;
        private final CatalogEntryId visit;
        /** The accounts whose profiles the step may have changed; null for all of them. */
        private Set<AccountId> touched = new HashSet<>();
        private int steps;

        Twins(CrmStore referenceStore, CrmStore candidateStore) {
            // Ids above every id the JVM made so far, and a counter: both generators return the same sequence.
            UUID seed = AccountId.newId().value();
            byte[] cursorKey = new byte[32];
            new Random(seed.getLeastSignificantBits()).nextBytes(cursorKey);
            this.reference = side(referenceStore, seed, cursorKey);
            this.candidate = side(candidateStore, seed, cursorKey);
            both("create tenant", (crm, s) -> crm.tenants().create(new CreateTenant(tenant, "Tenant", ZoneId.of("America/Sao_Paulo"),
                    Locale.ENGLISH, "Partner", ADMIN, "Admin")));
            var newSeller = UserTestData.aUser().withId(SELLER.value()).named("Seller").withScope(AccessScope.PORTFOLIO).build();
            both("create seller", ADMIN, s -> s.users().create(newSeller));
            CreatePipeline newPipeline = PipelineTestData.aPipeline().named("Sales").withUsers(SELLER).build();
            Pipeline created = (Pipeline) value(both("create pipeline", ADMIN, s -> s.pipelines().create(newPipeline)));
            both("add label", ADMIN, s -> s.pipelines().addLabel(new AddLabel(created.id(), "Hot", "#D73A49")));
            this.pipeline = (Pipeline) value(both("read pipeline", ADMIN, s -> s.pipelines().get(created.id())));
            this.hot = pipeline.labels().get(0).id();
            this.employees = ((CatalogEntry) value(both("number type", ADMIN, s -> s.catalogs()
                    .createCharacteristicType(new CreateCharacteristicType("Employees", CharacteristicValueType.NUMBER, null)))))
                    .id();
            this.size = ((CatalogEntry) value(both("text type", ADMIN, s -> s.catalogs()
                    .createCharacteristicType(new CreateCharacteristicType("Size", CharacteristicValueType.TEXT, null))))).id();
            this.parentOf = ((CatalogEntry) value(both("hierarchical type", ADMIN, s -> s.catalogs()
                    .createRelationshipType(new CreateRelationshipType("Parent of", "Subsidiary of", true))))).id();
            this.partnerOf = ((CatalogEntry) value(both("plain type", ADMIN, s -> s.catalogs()
                    .createRelationshipType(new CreateRelationshipType("Partner of", "Partner of", false))))).id();
            this.visit = ((CatalogEntry) value(both("entry type", ADMIN, s -> s.catalogs()
                    .create(new CreateCatalogEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit"))))).id();
        }

        private Side side(CrmStore store, UUID seed, byte[] cursorKey) {
            AtomicLong counter = new AtomicLong();
            IdGenerator ids = () -> new UUID(seed.getMostSignificantBits(), 0x8000_0000_0000_0000L + counter.incrementAndGet());
            RecordingPublisher published = new RecordingPublisher();
            return new Side(Crm.builder().store(store).clock(clock).idGenerator(ids).cursorKey(cursorKey)
                    .validatorFactory(VALIDATION)
                    .eventPublisher(published).build(), published);
        }

        private static Object value(Outcome outcome) {
            assertThat(outcome.error()).as("set-up step succeeded").isNull();
            return outcome.value();
        }

        /** Runs a call as an actor on both sides and checks the answers are equal; returns the reference's. */
        Outcome both(String what, UserId actor, Function<CrmSession, Object> call) {
            return both(what, (crm, side) -> call.apply(side.as(tenant, actor)));
        }

        private Outcome both(String what, BiFunction<Crm, Side, Object> call) {
            Outcome expected = attempt(() -> call.apply(reference.crm(), reference));
            Outcome actual = attempt(() -> call.apply(candidate.crm(), candidate));
            same(what, actual, expected);
            return expected;
        }

        /** Fails when two answers are not equal, naming the fields that differ. */
        private static void same(String what, Object actual, Object expected) {
            if (!Objects.equals(actual, expected)) {
                // Field by field first: its message names the path of each difference, which toString() may hide.
                assertThat(actual).as("%s: the store under test answers as the reference", what).usingRecursiveComparison()
                        .isEqualTo(expected);
                fail("%s: the store under test answers %s, the reference %s", what, actual,
                        expected);
            }
        }

        private static Outcome attempt(Supplier<Object> call) {
            try {
                return new Outcome(call.get(), null);
            } catch (CrmException e) {
                return new Outcome(null, ErrorShape.of(e));
            }
        }

        private static <T> T pick(List<T> known, int index, T unknown) {
            return known.isEmpty() ? unknown : known.get(index % known.size());
        }

        private AccountId account(int index) {
            AccountId account = pick(accounts, index, AccountId.of("00000000-0000-7000-8000-000000000001"));
            if (touched != null && accounts.contains(account)) {
                touched.add(account);
            }
            return account;
        }

        /** The step may have changed any account's profile. */
        private void touchedAll() {
            touched = null;
        }

        void createAccount(UserId actor, int name, Classification classification, int tax) {
            // Few names and tax ids, so that duplicates (refused) and similar names happen.
            TaxId taxId = tax % 4 == 3 ? null : taxIds.get(tax % 3);
            var command = AccountTestData.anAccount().named("Account " + (name % 7)).classified(classification).withTaxId(taxId)
                    .build();
            Outcome outcome = both("create account", actor, s -> s.accounts().create(command));
            if (outcome.ok()) {
                accounts.add(((AccountCreation) outcome.value()).account().id());
            }
        }

        void classify(UserId actor, int account, Classification classification) {
            both("classify", actor, s -> s.accounts().classify(new ClassifyAccount(account(account), classification, null)));
        }

        void characteristic(UserId actor, int account, boolean number, String value) {
            both("set characteristic", actor, s -> s.accounts().setCharacteristic(
                    new SetCharacteristicValue(account(account), number ? employees : size, value)));
        }

        void deleteAccount(UserId actor, int index) {
            AccountId account = account(index);
            touchedAll();
            if (both("delete account", actor, s -> {
                s.accounts().delete(account);
                return "deleted";
            }).ok()) {
                accounts.remove(account);
            }
        }

        void addContact(UserId actor, int account, int name) {
            // One in five has an e-mail that is not one: refused on both sides with the same violation.
            List<String> emails = name % 5 == 0 ? List.of("not an e-mail") : List.of("c" + name + "@example.com");
            Outcome outcome = both("add contact", actor, s -> s.contacts().add(new AddContact(account(account),
                    new ContactDetails("Contact " + name % 11, name % 2 == 0 ? "Buyer" : null, emails, List.of(), null))));
            if (outcome.ok()) {
                contacts.add(((Contact) outcome.value()).id());
            }
        }

        void removeContact(UserId actor, int index) {
            ContactId contact = pick(contacts, index, ContactId.of("00000000-0000-7000-8000-000000000002"));
            touchedAll();
            if (both("remove contact", actor, s -> {
                s.contacts().remove(contact);
                return "removed";
            }).ok()) {
                contacts.remove(contact);
            }
        }

        void relate(UserId actor, int from, int to, boolean hierarchical) {
            Outcome outcome = both("relate", actor, s -> s.relationships().create(new CreateRelationship(account(from), account(to),
                    hierarchical ? parentOf : partnerOf, null)));
            if (outcome.ok()) {
                relationships.add(((Relationship) outcome.value()).id());
            }
        }

        void removeRelationship(UserId actor, int index) {
            RelationshipId relationship = pick(relationships, index, RelationshipId.of("00000000-0000-7000-8000-000000000003"));
            touchedAll();
            if (both("remove relationship", actor, s -> {
                s.relationships().remove(relationship);
                return "removed";
            }).ok()) {
                relationships.remove(relationship);
            }
        }

        void createCard(UserId actor, int stage, int account, int value) {
            StageId stageId = pipeline.stages().get(stage % pipeline.stages().size()).id();
            AccountId accountId = account % 3 == 0 ? null : account(account);
            Money money = value % 4 == 0 ? null : Money.of(value + ".50", value % 2 == 0 ? "BRL" : "USD");
            Set<LabelId> labels = value % 3 == 0 ? Set.of(hot) : Set.of();
            Outcome outcome = both("create card", actor, s -> s.cards().create(new CreateCard(pipeline.id(), stageId, "Card " + value,
                    null, labels, Set.of(), null, money, null, accountId)));
            if (outcome.ok()) {
                cards.add(((Card) outcome.value()).id());
            }
        }

        private Card current(CardId card) {
            Outcome outcome = both("get card", ADMIN, s -> s.cards().get(card));
            Card current = outcome.ok() ? (Card) outcome.value() : null;
            if (current != null && touched != null) {
                current.accountId().ifPresent(touched::add);
            }
            return current;
        }

        void moveCard(UserId actor, int index, int stage, int after) {
            CardId card = pick(cards, index, CardId.of("00000000-0000-7000-8000-000000000004"));
            Card current = current(card);
            StageId target = pipeline.stages().get(stage % pipeline.stages().size()).id();
            CardId afterCard = after % 3 == 0 ? null : pick(cards, after, null);
            both("move card", actor, s -> s.cards().move(new MoveCard(card, target, afterCard,
                    current == null ? null : current.version())));
        }

        void outcome(UserId actor, int index, String outcome) {
            CardId card = pick(cards, index, CardId.of("00000000-0000-7000-8000-000000000004"));
            Card current = current(card);
            if (current == null) {
                return;
            }
            CardOutcome command = new CardOutcome(card, current.version());
            both(outcome + " card", actor, s -> switch (outcome) {
                case "lose" -> s.cards().markLost(new MarkCardLost(card, "price", current.version()));
                case "archive" -> s.cards().archive(command);
                case "reopen" -> s.cards().reopen(command);
                default -> s.cards().convertToCustomer(command);
            });
        }

        void board(UserId actor, BoardFilter filter) {
            both("board", actor, s -> s.cards().board(pipeline.id(), filter));
        }

        void query(UserId actor, int text, AccountSort sort, int size) {
            AccountQuery.Builder query = AccountQuery.builder().sort(sort, size % 2 == 0 ? SortDirection.ASC
                    : SortDirection.DESC).pageSize(1 + size % 4).withTotal();
            if (text % 3 == 0) {
                query.text("Account " + text % 7);
            } else if (text % 3 == 1) {
                query.classifications(Classification.values()[text % Classification.values().length]);
            }
            allPages("account query", actor, query.build());
        }

        void agendaEntry(UserId actor, int account, int days, UserId owner) {
            LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(days);
            Outcome outcome = both("agenda entry", actor, s -> s.agenda().create(new CreateAgendaEntry(account(account), null, null,
                    visit, "Visit " + account % 5, new Schedule.AnyTimeOn(day), owner, null)));
            if (outcome.ok()) {
                entries.add(((AgendaEntry) outcome.value()).id());
            }
        }

        void concludeOrReopen(UserId actor, int index, boolean conclude) {
            AgendaEntryId entry = pick(entries, index, AgendaEntryId.of("00000000-0000-7000-8000-000000000005"));
            Outcome current = both("get entry", ADMIN, s -> s.agenda().get(entry));
            if (!current.ok()) {
                return;
            }
            AgendaEntry before = (AgendaEntry) current.value();
            if (touched != null && before.accountId() != null) {
                touched.add(before.accountId());
            }
            AgendaEntryAt at = new AgendaEntryAt(entry, before.version());
            Outcome outcome = both(conclude ? "conclude entry" : "reopen entry", actor,
                    s -> conclude ? s.agenda().conclude(at) : s.agenda().reopen(at));
            if (outcome.ok() && outcome.value() instanceof AgendaConclusion concluded && concluded.next() != null) {
                entries.add(concluded.next().id());
            }
        }

        /** Every page of a query, following the cursors (equal on both sides: same key, same content). */
        private void allPages(String what, UserId actor, AccountQuery first) {
            AccountQuery query = first;
            for (int page = 0; page < 50; page++) {
                AccountQuery current = query;
                Outcome outcome = both(what + " page " + page, actor, s -> s.accounts().query(current));
                if (!outcome.ok() || !((Page<?>) outcome.value()).hasNext()) {
                    return;
                }
                query = query.after(((Page<?>) outcome.value()).nextCursor());
            }
        }

        /**
         * The invariant: each actor's account list, board and task list, the contact directory, the profiles of the
         * accounts the step touched (of all when it may have touched any) and of one more in turn, and the events
         * published, are equal. Paging itself is compared by the account-query step.
         */
        void compareViews() {
            steps++;
            for (UserId actor : ACTORS) {
                both("accounts seen by " + actor, actor, s -> s.accounts().query(AccountQuery.builder()
                        .sort(AccountSort.NAME, SortDirection.ASC).pageSize(500).withTotal().build()));
                both("whole board seen by " + actor, actor, s -> s.cards().board(pipeline.id(), EVERYTHING));
                both("tasks of " + actor, actor, s -> s.agenda().tasks(actor));
            }
            both("contact directory", SELLER, s -> s.contacts().directory(null, null, 100));
            Set<AccountId> profiles = new LinkedHashSet<>(touched == null ? accounts : touched);
            if (!accounts.isEmpty()) {
                profiles.add(accounts.get(steps % accounts.size()));
            }
            for (AccountId account : profiles) {
                both("profile of " + account, ADMIN, s -> s.accounts().profile(account));
            }
            touched = new HashSet<>();
            List<DomainEvent> expected = reference.published().eventsOf(tenant);
            same("events published", candidate.published().eventsOf(tenant), expected);
        }

        @Override
        public String toString() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("accounts", accounts.size());
            counts.put("contacts", contacts.size());
            counts.put("relationships", relationships.size());
            counts.put("cards", cards.size());
            counts.put("entries", entries.size());
            return "Twins" + counts + " after " + steps + " steps";
        }
    }
}
