package dev.crmkit.jpa;

import dev.crmkit.CrmSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.OpenCardFilter;
import dev.crmkit.account.ProspectState;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.Classification;
import dev.crmkit.account.PersonKind;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.Page;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.Board;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.StoredRecords;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.testkit.CrmKitSupport;
import dev.crmkit.testkit.PipelineTestData;
import dev.crmkit.testkit.StoredStates;
import dev.crmkit.testkit.TestTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Statement budgets, counted with datasource-proxy on the calling thread (one execution per round trip; a JDBC
 * batch is one). A page, a profile or a board costs a fixed number of statements whatever its size: the
 * figures below are the whole use case (the actor, the tenant, the scope and the data), and a change that brings
 * back one statement per row (an association loaded one by one) fails here.
 */
abstract class StatementBudgetContract extends CrmKitSupport {

    /**
     * An account page: tenant and actor (1, one join), accounts (1), their responsibles, characteristic values and
     * interests (1, a union of the three tables).
     */
    static final int ACCOUNT_PAGE = 3;

    /**
     * An account profile: tenant and actor (1, one join); the account and its 3 collections (2, the collections in
     * one union); contacts (1); documents (1); the actor's pipelines and their users (2); the account's cards, their
     * labels and members (2); relationships (1); the timeline page (1); the names and responsibles of the accounts
     * the relationships and the timeline mention (1); the catalog entries they mention (1); the account's agenda
     * entries (1); its quotes (1); its service cases (1); its latest orders (1).
     */
    static final int ACCOUNT_PROFILE = 17;

    /**
     * A board: tenant and actor (1, one join), the pipeline and its users (2), the first page of every stage (1), every
     * stage's count, sums and stagnant count (1), the labels and the members of the cards on the pages (1, a union).
     */
    static final int BOARD = 6;

    /*
     * The writes, each the whole use case: tenant and actor (1, one join), what it reads and locks, its rows, history
     * and timeline, its outbox event (1), and the relay after the commit (2: the tenant's due events, the delete of
     * those handed over). A change that brings back a statement fails here.
     */

    /**
     * Creating a card on PostgreSQL: the pipeline with its users, its row locked for the placement (1, one statement),
     * the members and salesperson (1), the stage's last position (1, a statement after the lock: read with the lock it
     * would come from the snapshot taken before the lock was granted, and two writers would take one key), the card
     * (1), its history (1), label and member (2), the event and the relay (3). On H2 the lock is a statement of its own
     * ({@link #placementLock}).
     */
    static final int CREATE_CARD = 11;

    /**
     * Updating a card (name, description, labels, members, salesperson, value): the card under a lock with its labels
     * and members (1, one statement), the pipeline with its users (1), the new member (1), the card (1), the removed
     * label and the new member (2, a statement per kind that changed), timeline and history (2), the event and the
     * relay (3).
     */
    static final int UPDATE_CARD = 12;

    /**
     * Commenting a card: the card under a lock with its labels and members (1, one statement), the actor's access to
     * its pipeline (1: whether the actor is one of its users, or, for an administrator, the pipeline), the card (1),
     * timeline and history (2), the event and the relay (3).
     */
    static final int ADD_COMMENT = 9;

    /**
     * Reading a card as one of its pipeline's users: the actor (1), the card with its labels and members (1, one
     * statement), and whether the actor uses its pipeline (1), without reading the pipeline.
     */
    static final int GET_CARD = 3;

    /**
     * Moving a card to another stage on PostgreSQL: the card under a lock with its labels and members (1, one
     * statement), the pipeline with its users, its row locked for the placement (1), the position (1), the card (1),
     * timeline and history (2), the event and the relay (3). On H2, one more ({@link #placementLock}).
     */
    static final int MOVE_CARD = 10;

    /**
     * Concluding an agenda entry, as an administrator: tenant and actor (1), the entry under a lock (1), the entry (1),
     * the timeline (1), the event and the relay (3). Nothing of its account: a stored record's account exists as long
     * as the record does, and an unrestricted scope admits it; a restricted scope reads the account's responsibles (1
     * more, {@link #givenAnAgendaEntryOfAPortfolio_whenItsResponsibleConcludesIt_thenItCostsOneStatementMore}).
     */
    static final int CONCLUDE_AGENDA_ENTRY = 7;

    /**
     * Classifying an account: tenant and actor (1), the account under a lock (1) and its three kinds of child rows in
     * one read (1; a change that leaves them alone never loads its collections), the account (1), the timeline (1),
     * the event and the relay (3).
     */
    static final int CLASSIFY_ACCOUNT = 8;

    /**
     * Creating an account whose responsible is the actor: no read of the responsible (the actor was read when the
     * use case began), the account, its name trigrams and responsibles (3), the possible duplicates and their
     * collections (2), the timeline (1), the event and the relay (3).
     */
    static final int CREATE_ACCOUNT = 10;

    /**
     * Importing cards (10 or 100 rows of one shape: a label, a member who is the salesperson, a value, an account by
     * id, two stages): the pipeline with its users (1), the accounts with their responsibles and their open cards (2;
     * accounts by tax id would be one more), the member (1), the lock and each stage's end (3), then a JDBC batch per
     * table (cards, labels, members, history, timeline, outbox: 6) and the relay (2).
     */
    static final int IMPORT_CARDS = 16;

    /**
     * Creating a quote of 5 or 50 product lines at their price-list prices, for an account with a price list: the
     * account (1), the list's currency (1), the products (1) and their prices (1), each in one
     * read whatever the number of lines, the discount policies that may hold for the account (1), the tenant's
     * counter advanced and read back (1), the quote with its lines and totals (1), the timeline (1), the event and the
     * relay (3); with tenant and actor (1) and the account's child rows (1, the three kinds in one read).
     */
    static final int CREATE_QUOTE = 13;

    /**
     * Creating a quote of 5 or 50 product lines, each with a policy that applies, one with a discount of its own, by a
     * salesperson with a limit: {@link #CREATE_QUOTE}, plus the customer's accepted quotes for the revenue condition
     * of a candidate policy (1), and the salesperson's and his team's limits (1).
     */
    static final int CREATE_QUOTE_WITH_POLICIES = CREATE_QUOTE + 2;

    /**
     * Sending a quote, as an administrator: tenant and actor (1), the quote (1), the quote (1), the timeline (1), the
     * event and the relay (3); nothing of its account, as for {@link #CONCLUDE_AGENDA_ENTRY}.
     */
    static final int CHANGE_QUOTE_STATUS = 7;

    /**
     * Recording a contact's consent: tenant and actor (1), the account's responsibles for the scope (1), the contact
     * (1), the decision (1), the timeline (1), the event and the relay (3).
     */
    static final int RECORD_CONSENT = 8;

    /**
     * Checking a contact's consent, whatever the number of decisions recorded: tenant and actor (1), the account's
     * responsibles (1), the contact (1), the account's decisions (1), the tenant's rule (1).
     */
    static final int CHECK_CONSENT = 5;

    /**
     * Logging an e-mail of a contact with an attachment and an external id: tenant and actor (1), the account's
     * responsibles for the scope (1), the account's documents (1), the contact (1), the external id (1), the message (1),
     * the timeline (1), the event and the relay (3).
     */
    static final int LOG_MESSAGE = 10;

    /**
     * The same message delivered again: tenant and actor (1), the account's responsibles (1), the account's documents
     * (1), the contact (1), the external id, which answers the stored message (1); nothing written, no event.
     */
    static final int LOG_MESSAGE_AGAIN = 5;

    /**
     * A page of a search of messages by text and channel for a user who sees a portfolio, whatever the number of
     * messages: tenant and actor (1), the page with the scope's predicate (1).
     */
    static final int SEARCH_MESSAGES = 2;

    /**
     * Converting an accepted quote of 50 lines of one route, for a lead that becomes a customer, whatever the number of
     * lines: tenant and actor (1), the quote with its lines (1), the account and its child rows (2), the
     * lines' products for their routes (1, in one read), the order with its lines as one document (1; a second route
     * is one more row in the same batch), the quote converted (1), the account made a customer (1), the timeline
     * (1) and the outbox (1) in one batch each for the four events, the relay (2). A host's order gateway adds one
     * read per order at its delivery, after the commit.
     */
    static final int CONVERT_QUOTE = 12;

    /**
     * The host's report of an order's progress, as an administrator: tenant and actor (1), the order (1), the order's
     * status and steps (1), the timeline (1), the event and the relay (3); nothing of its account, as for
     * {@link #CONCLUDE_AGENDA_ENTRY}.
     */
    static final int REPORT_ORDER_PROGRESS = 7;

    /**
     * Opening a case with a contact, a category, a priority, a team and an assignee: the account's name and
     * responsibles for the scope (1, not the whole account), the catalog entries (1), the assignee (1), the contact (1),
     * the tenant's case number (1, one statement that moves the counter row on and locks it), the service levels that
     * set its clocks (1), the case, its history and the timeline (3), the event and the relay (3).
     */
    static final int OPEN_CASE = 13;

    /**
     * Moving a case to another status, as an administrator: the case under a lock (1; an unrestricted reader needs no
     * read of the account's responsibles), the service levels that move its clocks (1), the case (1), its history and
     * the timeline (2), the event and the relay (3).
     */
    static final int CHANGE_CASE_STATUS = 9;

    /**
     * Concluding an intervention of a case with an attachment in its work report, as an administrator: tenant and actor
     * (1), the entry (1), the entry with its report (1), the timeline (1), the event and the relay (3); nothing of its
     * account, as for {@link #CONCLUDE_AGENDA_ENTRY}.
     */
    static final int CONCLUDE_INTERVENTION = 7;

    /**
     * Answering a survey with its token (no actor): the survey by its token's hash (1), its row under the version lock
     * (1), the answer (1), the case's number for the event (1), the timeline (1), the event and the relay (3).
     */
    static final int ANSWER_SURVEY = 8;

    /**
     * Satisfaction statistics of a team, whatever the number of surveys: tenant and actor (1), the team the filter names
     * (1), one aggregate over the surveys' rows (1).
     */
    static final int SATISFACTION_STATISTICS = 3;

    /**
     * Satisfaction statistics of a team per agent, whatever the number of surveys: as {@link #SATISFACTION_STATISTICS}
     * with the aggregate grouped (3), and the agents' names (1).
     */
    static final int SATISFACTION_GROUPS = 4;

    /**
     * A page of a team's case queue, as a user of a restricted scope: tenant and actor (1, one join), the catalog
     * entries the filters name (1, every kind at once), the page of cases with the scope, the filters and the
     * service-level states in one statement (1), the service levels that count the clocks' elapsed time (1).
     */
    static final int CASE_QUEUE = 4;

    /**
     * A segment's count: tenant and actor (1, one join), the segment (1), the count (1, every filter in SQL). A segment
     * whose query looks at cards adds the actor's pipelines and their users (2).
     */
    static final int SEGMENT_COUNT = 3;

    /**
     * A segment's preview page: tenant and actor (1, one join), the segment (1), the accounts (1), their responsibles,
     * characteristic values and interests (1, a union). A query that looks at cards adds the actor's pipelines (2).
     */
    static final int SEGMENT_PREVIEW = 4;

    /**
     * Launching a newsletter over a segment, whatever its size (10 or 100 accounts): tenant and actor (1), the campaign
     * (1), the segment (1), the launch's candidates with their responsibles (1), the tenant's rule of consent (1), the
     * consent decisions of the accounts (1, a chunk of a thousand accounts per statement), the members (1 JDBC batch),
     * the campaign's new version (1), its history (1), the outbox (1 batch), then the relay's look for due events (1) and
     * its delete of the events it delivered (1).
     */
    static final int LAUNCH_CAMPAIGN = 12;

    /**
     * Launching an offer that makes a quote per member, over a segment of accounts buying from one price list, for
     * lines of two products and a free-text one: {@link #LAUNCH_CAMPAIGN}'s statements, plus what costs the same
     * whatever the number of members: the offer's products (1), the reached members' whole accounts (2: the accounts,
     * then their collections in one union; a chunk of a thousand accounts each), the list's currency (1) and its
     * prices (1; each list once, however many of its accounts), and the quotes' timeline entries (1 batch); then
     * {@link #OFFER_QUOTE_PER_MEMBER} for each member reached. Exact: 10 members cost 48, 100 cost 318.
     */
    static final int LAUNCH_OFFER_PER_MEMBER = LAUNCH_CAMPAIGN + 6;

    /**
     * Each member's own quote in an offer's launch, as {@code Quotes.create} makes one: the discount policies that may
     * hold for its account (1), the tenant's counter advanced and read back (1), the quote with its lines and totals
     * (1); its timeline entry and its event join the launch's batches.
     */
    static final int OFFER_QUOTE_PER_MEMBER = 3;

    /**
     * A campaign's results and a page of its members, whatever the number of members: tenant and actor (1), the
     * campaign (1), then for the results the counts by status (1) and the attribution (3: cards, quotes and orders with
     * the revenue, and the members converted); for the page, the page (1).
     */
    static final int CAMPAIGN_RESULTS = 6;

    /** A page of a campaign's members (see {@link #CAMPAIGN_RESULTS}). */
    static final int CAMPAIGN_MEMBERS = 3;

    /** What the actor's pipelines and their users add to a segment whose query looks at cards. */
    static final int PIPELINES = 2;

    /**
     * A customer's revenue by month and over the trailing twelve months: tenant and actor (1, one join), the account's
     * responsibles for the scope (1), the invoiced orders summed by month and currency (1), however many orders.
     */
    static final int CUSTOMER_REVENUE = 3;

    /**
     * A customer's estimate: tenant and actor (1, one join), the account's responsibles for the scope (1), the invoiced
     * orders summed (1), the open cards' values summed by stage (1), their pipelines and users (2), the open quotes (1).
     */
    static final int REVENUE_ESTIMATE = 7;

    /**
     * A pipeline's forecast: tenant and actor (1, one join), the pipeline and its users (2), the open cards' values
     * summed by stage, salesperson, month and currency with the scope's predicate (1), the salespeople's names (1),
     * however many cards.
     */
    static final int REVENUE_FORECAST = 5;

    private static final Map<DataSource, Counted> STORES = new IdentityHashMap<>();

    /** @return the database under test, migrated */
    protected abstract DataSource database();

    /**
     * @return the statements a card's placement adds for the pipeline's lock: none on PostgreSQL, where the pipeline is
     *     read under it, one on H2
     */
    private int placementLock() {
        try (var connection = database().getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? 0 : 1;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store whose statements are counted, one per database for the JVM. */
    private record Counted(CrmStore store, StatementCounter counter) {}

    private Counted counted() {
        synchronized (STORES) {
            return STORES.computeIfAbsent(database(), ds -> {
                StatementCounter counter = new StatementCounter();
                return new Counted(JpaCrmStore.fromDataSource(counter.wrap(ds)), counter);
            });
        }
    }

    @Override
    protected CrmStore store() {
        return counted().store();
    }

    private StatementCounter counter() {
        return counted().counter();
    }

    private void write(TestTenant tenant, Consumer<dev.crmkit.spi.UnitOfWork> work) {
        store().inTransaction(tenant.id(), TransactionMode.READ_WRITE, uow -> {
            work.accept(uow);
            return null;
        });
    }

    @Test
    void givenAccountPagesOf10And100_whenQueriedByATeamScopedUser_thenBothCostTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        CatalogEntryId team = tenant.addTeam("North");
        UserId reader = tenant.addUser(dev.crmkit.testkit.UserTestData.aUser().withId("reader").inTeam(team).withScope(AccessScope.TEAM)).id();
        UserId colleague = tenant.addUser(dev.crmkit.testkit.UserTestData.aUser().withId("colleague").inTeam(team)).id();
        List<CatalogEntryId> types = characteristicTypes(tenant, 3);
        write(tenant, uow -> {
            for (int i = 0; i < 150; i++) {
                Account account = Account.create(Classification.CUSTOMER,
                        AccountDetails.of(PersonKind.LEGAL, "Account %03d Ltda".formatted(i)), Set.of(reader, colleague),
                        tenant.adminId(), START);
                Map<CatalogEntryId, CharacteristicValue> values = new HashMap<>();
                for (CatalogEntryId type : types) {
                    values.put(type, new CharacteristicValue.TextValue("v" + i % 7));
                }
                account = StoredStates.of(account).set("characteristics", values).build();
                uow.accounts().insert(account);
            }
        });

        var small = counter().measure(() -> tenant.as(reader).accounts().query(AccountQuery.builder().pageSize(10).build()));
        var large = counter().measure(() -> tenant.as(reader).accounts().query(AccountQuery.builder().pageSize(100).build()));

        assertThat(small.value().items()).hasSize(10).allSatisfy(a -> assertThat(a.characteristics()).hasSize(3));
        assertThat(large.value().items()).hasSize(100).allSatisfy(a -> assertThat(a.responsibles()).hasSize(2));
        assertThat(small.counts().executions()).as("page of 10: %s", small.counts()).isEqualTo(ACCOUNT_PAGE);
        assertThat(large.counts().executions()).as("page of 100: %s", large.counts()).isEqualTo(ACCOUNT_PAGE);
    }

    @Test
    void givenAProfileWithOneOrTenOfEverything_whenRead_thenBothCostTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        Pipeline pipeline = PipelineTestData.aPipeline().withUsers(tenant.adminId()).createdBy(tenant.admin());
        CatalogEntry partner = CatalogEntry.create(CatalogKind.RELATIONSHIP_TYPE, "Partner",
                new CatalogDetails.Relationship("Partner", false), START);
        write(tenant, uow -> uow.catalog().insert(partner));
        AccountId small = richAccount(tenant, pipeline, partner.id(), 1);
        AccountId large = richAccount(tenant, pipeline, partner.id(), 10);

        var one = counter().measure(() -> tenant.admin().accounts().profile(small));
        var ten = counter().measure(() -> tenant.admin().accounts().profile(large));

        AccountProfile profile = ten.value();
        assertThat(profile.contacts()).hasSize(10);
        assertThat(profile.relationships()).hasSize(10);
        assertThat(profile.documents()).hasSize(10);
        assertThat(profile.closedCards()).hasSize(10);
        assertThat(profile.openCases()).hasSize(10);
        assertThat(profile.orders()).hasSize(10);
        assertThat(ten.counts().executions()).as("ten of each (%s) against one of each (%s)", ten.counts(), one.counts())
                .isEqualTo(one.counts().executions());
        assertThat(one.counts().executions()).as("profile with one of each: %s", one.counts()).isEqualTo(ACCOUNT_PROFILE);
        assertThat(ten.counts().executions()).as("profile with ten of each").isEqualTo(ACCOUNT_PROFILE);
    }

    @Test
    void givenBoardsOf10StagesWith10Or100Or500CardsEach_whenLoaded_thenEachCostsTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        UserId member = tenant.addUser("member", AccessScope.ALL).id();
        List<Integer> counts = new ArrayList<>();
        for (int perStage : List.of(10, 100, 500)) {
            Pipeline pipeline = boardOf(tenant, member, perStage);
            var board = counter().measure(() -> tenant.admin().cards().board(pipeline.id(),
                    BoardFilter.builder().cardsPerStage(perStage).build()));
            Board loaded = board.value();
            assertThat(loaded.columns()).hasSize(10).allSatisfy(column -> {
                assertThat(column.total()).isEqualTo(perStage);
                assertThat(column.cards()).hasSize(perStage)
                        .allSatisfy(card -> assertThat(card.labels()).hasSize(2))
                        .allSatisfy(card -> assertThat(card.members()).hasSize(2));
            });
            assertThat(board.counts().executions()).as("board of %s cards per stage: %s", perStage, board.counts())
                    .isEqualTo(BOARD);
            counts.add(board.counts().executions());
        }
        assertThat(counts).as("statements at 10, 100 and 500 cards per stage").containsExactly(BOARD, BOARD, BOARD);
    }

    @Test
    void givenAnAgendaListingNamingOneOrTenContacts_whenRead_thenBothCostTheSameStatements() {
        TestTenant tenant = newTenant();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount().build()).account().id();
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            contacts.add(tenant.admin().contacts().add(new dev.crmkit.contact.AddContact(account, ContactDetails.named("Contact " + i))));
        }
        java.util.function.Consumer<Contact> entryFor = contact -> tenant.admin().agenda().create(
                new dev.crmkit.agenda.CreateAgendaEntry(account, contact.id(), null, null, "Call", null, null, null));
        // The clock stands on 2 March 2026: these days hold every entry, whatever the tenant's zone.
        java.util.function.Supplier<List<dev.crmkit.report.AgendaListingRow>> listing = () -> {
            List<dev.crmkit.report.AgendaListingRow> rows = new ArrayList<>();
            tenant.admin().reports().agendaListing(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3)).forEach(rows::add);
            return rows;
        };

        entryFor.accept(contacts.get(0));
        var one = counter().measure(listing);
        contacts.subList(1, 10).forEach(entryFor);
        var ten = counter().measure(listing);

        assertThat(one.value()).extracting(dev.crmkit.report.AgendaListingRow::contactName).containsExactly("Contact 0");
        assertThat(ten.value()).extracting(dev.crmkit.report.AgendaListingRow::contactName).hasSize(10).doesNotContainNull();
        assertThat(ten.counts().executions()).as("ten contacts (%s) against one (%s)", ten.counts(), one.counts())
                .isEqualTo(one.counts().executions());
    }

    @Test
    void givenAWriteThatRecordsAnEvent_whenItCommits_thenTheRelayReadsTheOutboxOnceAndDeletesWhatItHandedOver() {
        TestTenant tenant = newTenant();
        crm().relayEvents(); // nothing older waits in the shared store's outbox

        var created = counter().measure(() -> tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .named("Relayed").responsibles(tenant.adminId()).build()));

        // The outbox row goes in with the unit of work; after the commit the relay reads the tenant's due events once
        // (a short batch is all of them: no second, empty read) and deletes the one it handed over.
        List<String> outbox = created.counts().sql().stream().filter(sql -> sql.contains("crm_outbox"))
                .map(sql -> sql.strip().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(outbox).as("%s", created.counts()).containsExactly("insert", "select", "delete");
        assertThat(published.eventsOf(tenant.id())).last().extracting(e -> e.getClass().getSimpleName())
                .isEqualTo("AccountCreated");
    }

    @Test
    void givenAThousandCardsInOneUnitOfWork_whenInserted_thenTheyGoInBatches() {
        TestTenant tenant = newTenant();
        UserId member = tenant.addUser("member", AccessScope.ALL).id();
        Pipeline pipeline = PipelineTestData.aPipeline().withUsers(tenant.adminId(), member).createdBy(tenant.admin());
        List<Card> cards = cards(pipeline, pipeline.stages().get(0).id(), 1000, Set.of(), Set.of(tenant.adminId(), member), false);

        var insert = counter().count(() -> write(tenant, uow -> cards.forEach(uow.cards()::insert)));

        // 1000 cards and 2000 members: written in batches of 100, a few dozen round trips, not 3000.
        assertThat(insert.rows()).as("rows written").isGreaterThanOrEqualTo(3000);
        assertThat(insert.executions()).as("round trips").isLessThan(60);
    }

    /** The statements of one write, its relay after the commit included; printed for a failure to show. */
    /** A tenant with 50 priced products and an account buying from their list, which has one quote already. */
    private record QuoteWorld(TestTenant tenant, AccountId account, List<dev.crmkit.common.ProductId> products) {}

    private QuoteWorld quoteWorld() {
        TestTenant tenant = newTenant();
        var admin = tenant.admin();
        var list = admin.priceLists().create(new dev.crmkit.product.CreatePriceList("Budget", java.util.Currency.getInstance("BRL")));
        List<dev.crmkit.common.ProductId> products = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var product = admin.products().create(new dev.crmkit.product.CreateProduct(
                    dev.crmkit.product.ProductDetails.builder("P-" + i, "Product " + i).build()));
            admin.priceLists().setPrice(new dev.crmkit.product.SetProductPrice(list.id(), product.id(),
                    new java.math.BigDecimal(10 + i + ".95"), dev.crmkit.product.Validity.from(LocalDate.of(2026, 1, 1))));
            products.add(product.id());
        }
        AccountId account = admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .withCatalogs(null, null, null, list.id()).responsibles(tenant.adminId()).build()).account().id();
        admin.quotes().create(quote(account, products.subList(0, 1)));
        crm().relayEvents();
        return new QuoteWorld(tenant, account, products);
    }

    private static dev.crmkit.quote.CreateQuote quote(AccountId account, List<dev.crmkit.common.ProductId> products) {
        return dev.crmkit.quote.CreateQuote.builder(account).lines(products.stream()
                .map(p -> dev.crmkit.quote.QuoteLineInput.product(p, new java.math.BigDecimal("3"))).toList()).build();
    }

    @Test
    void givenQuotesOf5And50Lines_whenCreated_thenBothCostTheSameFixedStatements() {
        QuoteWorld world = quoteWorld();
        int five = writeCost("create quote of 5 lines", () -> world.tenant().admin().quotes().create(
                quote(world.account(), world.products().subList(0, 5))));
        int fifty = writeCost("create quote of 50 lines", () -> world.tenant().admin().quotes().create(
                quote(world.account(), world.products())));
        assertThat(fifty).as("50 lines against 5").isEqualTo(five);
        assertThat(fifty).isEqualTo(CREATE_QUOTE);
    }

    @Test
    void givenPoliciesAndALimit_whenQuotesOf5And50LinesAreCreated_thenBothCostTheSameFixedStatements() {
        QuoteWorld world = quoteWorld();
        var admin = world.tenant().admin();
        var team = world.tenant().addEntry(dev.crmkit.catalog.CatalogKind.TEAM, "Sales").id();
        world.tenant().addUser(dev.crmkit.testkit.UserTestData.aUser().withId("seller").inTeam(team)
                .withScope(dev.crmkit.access.AccessScope.ALL));
        admin.discounts().setLimit(dev.crmkit.discount.SetDiscountLimit.ofTeam(team, new java.math.BigDecimal("20")));
        LocalDate from = LocalDate.of(2026, 1, 1);
        admin.discounts().create(dev.crmkit.discount.DiscountTerms.builder("All", java.math.BigDecimal.ONE, from).build());
        admin.discounts().create(dev.crmkit.discount.DiscountTerms.builder("Loyal", new java.math.BigDecimal("3"), from)
                .scope(new dev.crmkit.discount.DiscountScope.Account(world.account()))
                .condition(new dev.crmkit.discount.DiscountCondition.MinimumRevenue(java.math.BigDecimal.ONE,
                        java.util.Currency.getInstance("BRL"))).build());
        for (int i = 0; i < 5; i++) {
            admin.discounts().create(dev.crmkit.discount.DiscountTerms.builder("P" + i, new java.math.BigDecimal(5 + i), from)
                    .item(new dev.crmkit.discount.DiscountItem.Product(world.products().get(i * 10)))
                    .condition(new dev.crmkit.discount.DiscountCondition.MinimumQuantity(new java.math.BigDecimal("2"))).build());
        }
        crm().relayEvents();
        var seller = world.tenant().as(dev.crmkit.common.UserId.of("seller"));
        java.util.function.Function<List<dev.crmkit.common.ProductId>, dev.crmkit.quote.CreateQuote> withManual = ps -> {
            var command = quote(world.account(), ps);
            var lines = new ArrayList<>(command.lines());
            lines.set(0, lines.get(0).withDiscount(new java.math.BigDecimal("10")));
            return dev.crmkit.quote.CreateQuote.builder(world.account()).lines(lines).build();
        };

        int five = writeCost("create quote of 5 lines with policies", () -> seller.quotes().create(
                withManual.apply(world.products().subList(0, 5))));
        int fifty = writeCost("create quote of 50 lines with policies", () -> seller.quotes().create(
                withManual.apply(world.products())));
        var last = seller.quotes().create(withManual.apply(world.products()));

        assertThat(last.revision().lines()).filteredOn(l -> l.policyId() != null).hasSize(49);
        assertThat(fifty).as("50 lines against 5").isEqualTo(five);
        assertThat(fifty).isEqualTo(CREATE_QUOTE_WITH_POLICIES);
    }

    @Test
    void givenADraftQuote_whenSent_thenItCostsItsBudget() {
        QuoteWorld world = quoteWorld();
        var draft = world.tenant().admin().quotes().create(quote(world.account(), world.products()));
        crm().relayEvents();
        int cost = writeCost("send quote", () -> world.tenant().admin().quotes().changeStatus(
                dev.crmkit.quote.ChangeQuoteStatus.of(draft, dev.crmkit.quote.QuoteStatus.SENT)));
        assertThat(cost).isEqualTo(CHANGE_QUOTE_STATUS);
    }

    @Test
    void givenAContactWithDecisions_whenConsentIsRecordedAndChecked_thenEachCostsItsBudget() {
        TestTenant tenant = newTenant();
        var admin = tenant.admin();
        AccountId account = admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account().id();
        var contact = admin.contacts().add(new dev.crmkit.contact.AddContact(account, new dev.crmkit.contact.ContactDetails(
                "Rita", null, List.of(), List.of(), null)));
        var rita = dev.crmkit.consent.ConsentSubject.contact(account, contact.id());
        for (var channel : dev.crmkit.consent.ConsentChannel.values()) {
            admin.consents().record(dev.crmkit.consent.RecordConsent.grant(rita, channel, "Form"));
        }
        crm().relayEvents();

        int record = writeCost("record consent", () -> admin.consents().record(
                dev.crmkit.consent.RecordConsent.withdraw(rita, dev.crmkit.consent.ConsentChannel.EMAIL, "Replied STOP")));
        int check = counter().count(() -> admin.consents().check(rita, dev.crmkit.consent.ConsentChannel.EMAIL)).executions();

        assertThat(record).isEqualTo(RECORD_CONSENT);
        assertThat(check).isEqualTo(CHECK_CONSENT);
    }

    @Test
    void givenAnAccountWithMessages_whenOneIsLoggedDeliveredAgainAndSearched_thenEachCostsItsBudget() {
        TestTenant tenant = newTenant();
        var admin = tenant.admin();
        AccountId account = admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account().id();
        var contact = admin.contacts().add(new dev.crmkit.contact.AddContact(account, new dev.crmkit.contact.ContactDetails(
                "Rita", null, List.of(), List.of(), null)));
        var document = admin.documents().attach(new dev.crmkit.document.AttachDocument(account,
                dev.crmkit.document.DocumentKind.OTHER, null, "proposta.pdf", "application/pdf", null, null),
                new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}));
        for (int i = 0; i < 30; i++) {
            admin.messages().log(dev.crmkit.message.LogMessage.builder(account, dev.crmkit.message.MessageDirection.INBOUND,
                    dev.crmkit.message.MessageChannel.EMAIL).subject("Pedido " + i).body("Orçamento de linhas")
                    .occurredAt(START.minusSeconds(i)).build());
        }
        crm().relayEvents();
        var command = dev.crmkit.message.LogMessage.builder(account, dev.crmkit.message.MessageDirection.INBOUND,
                dev.crmkit.message.MessageChannel.EMAIL).contact(contact.id()).subject("Pedido").body("Texto")
                .occurredAt(START).externalId("mail-1").attachments(List.of(document.id())).build();

        int log = writeCost("log message", () -> admin.messages().log(command));
        int again = counter().count(() -> admin.messages().log(command)).executions();
        var portfolio = tenant.as(tenant.addUser("pat", dev.crmkit.access.AccessScope.PORTFOLIO).id());
        var search = dev.crmkit.message.MessageSearch.builder().text("ORCAMENTO").channel(dev.crmkit.message.MessageChannel.EMAIL)
                .limit(10).build();
        int page = counter().count(() -> portfolio.messages().search(search)).executions();
        int adminPage = counter().count(() -> admin.messages().search(search)).executions();

        assertThat(log).isEqualTo(LOG_MESSAGE);
        assertThat(again).isEqualTo(LOG_MESSAGE_AGAIN);
        assertThat(page).isEqualTo(SEARCH_MESSAGES);
        assertThat(adminPage).isEqualTo(SEARCH_MESSAGES);
    }

    /** An accepted quote of 50 lines of the quote world's account, its events relayed. */
    private dev.crmkit.quote.Quote acceptedQuote(QuoteWorld world) {
        var quotes = world.tenant().admin().quotes();
        var draft = quotes.create(quote(world.account(), world.products()));
        var sent = quotes.changeStatus(dev.crmkit.quote.ChangeQuoteStatus.of(draft, dev.crmkit.quote.QuoteStatus.SENT));
        var accepted = quotes.changeStatus(dev.crmkit.quote.ChangeQuoteStatus.of(sent,
                dev.crmkit.quote.QuoteStatus.ACCEPTED));
        crm().relayEvents();
        return accepted;
    }

    @Test
    void givenAnAcceptedQuoteOf50Lines_whenConverted_thenItCostsItsBudget() {
        QuoteWorld world = quoteWorld();
        var accepted = acceptedQuote(world);
        int cost = writeCost("convert quote of 50 lines", () -> world.tenant().admin().orders().convert(
                dev.crmkit.order.ConvertQuote.of(accepted)));
        assertThat(cost).isEqualTo(CONVERT_QUOTE);
    }

    @Test
    void givenAnOrder_whenTheHostReportsProgress_thenItCostsItsBudget() {
        QuoteWorld world = quoteWorld();
        var order = world.tenant().admin().orders().convert(dev.crmkit.order.ConvertQuote.of(acceptedQuote(world))).get(0);
        crm().relayEvents();
        int cost = writeCost("report order progress", () -> world.tenant().admin().orders().reportProgress(
                dev.crmkit.order.ReportOrderProgress.of(order, dev.crmkit.order.OrderStatus.ACCEPTED)));
        assertThat(cost).isEqualTo(REPORT_ORDER_PROGRESS);
    }

    /** A quote of one line accepted, converted, and its order delivered and invoiced. */
    private static void invoice(dev.crmkit.CrmSession admin, AccountId account, String amount) {
        var quotes = admin.quotes();
        var draft = quotes.create(dev.crmkit.quote.CreateQuote.builder(account).currency(java.util.Currency.getInstance("BRL"))
                .lines(dev.crmkit.quote.QuoteLineInput.text("Serviço", java.math.BigDecimal.ONE, new java.math.BigDecimal(amount)))
                .build());
        var sent = quotes.changeStatus(dev.crmkit.quote.ChangeQuoteStatus.of(draft, dev.crmkit.quote.QuoteStatus.SENT));
        var accepted = quotes.changeStatus(dev.crmkit.quote.ChangeQuoteStatus.of(sent, dev.crmkit.quote.QuoteStatus.ACCEPTED));
        for (var order : admin.orders().convert(dev.crmkit.order.ConvertQuote.of(accepted))) {
            for (var status : List.of(dev.crmkit.order.OrderStatus.ACCEPTED, dev.crmkit.order.OrderStatus.DELIVERED)) {
                order = admin.orders().reportProgress(dev.crmkit.order.ReportOrderProgress.of(order, status));
            }
            admin.orders().reportProgress(dev.crmkit.order.ReportOrderProgress.invoiced(order, "NF-" + order.number()));
        }
    }

    @Test
    void givenCustomersWith2And20InvoicedOrders_whenTheirRevenueAndEstimateAreRead_thenBothCostTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        var admin = tenant.admin();
        UserId pat = tenant.addUser("pat", AccessScope.PORTFOLIO).id();
        Pipeline pipeline = PipelineTestData.aPipeline().withStages(List.of(new NewStage("Lead", "#CCCCCC", 0, 20),
                new NewStage("Proposal", "#CCCCCC", 0, 70))).withUsers(tenant.adminId(), pat).createdBy(admin);
        List<AccountId> customers = new java.util.ArrayList<>();
        for (int orders : new int[] {2, 20}) {
            AccountId customer = admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                    .named("Cliente " + orders).responsibles(pat).build()).account().id();
            for (int i = 0; i < orders; i++) {
                clock.advance(java.time.Duration.ofDays(9));
                invoice(admin, customer, (100 + i) + ".50");
            }
            admin.cards().create(dev.crmkit.pipeline.CreateCard.builder(pipeline.id(), "Ampliação " + orders)
                    .stageId(pipeline.stages().get(orders == 2 ? 0 : 1).id()).accountId(customer)
                    .value(Money.of("1000", "BRL")).build());
            customers.add(customer);
        }
        crm().relayEvents();
        var asPat = tenant.as(pat);

        for (var reader : List.of(admin, asPat)) {
            int few = counter().count(() -> reader.revenue().ofCustomer(customers.get(0))).executions();
            int many = counter().count(() -> reader.revenue().ofCustomer(customers.get(1))).executions();
            int manyMonths = counter().count(() -> reader.revenue().byMonth(customers.get(1), java.time.YearMonth.of(2024, 1),
                    java.time.YearMonth.of(2033, 12))).executions();
            int fewEstimate = counter().count(() -> reader.revenue().estimate(customers.get(0))).executions();
            int manyEstimate = counter().count(() -> reader.revenue().estimate(customers.get(1))).executions();
            System.out.println("READ-COST revenue " + few + " " + many + " estimate " + fewEstimate + " " + manyEstimate);

            assertThat(many).as("20 orders against 2").isEqualTo(few).isEqualTo(CUSTOMER_REVENUE);
            assertThat(manyMonths).as("ten years by month, as the twelve months").isEqualTo(CUSTOMER_REVENUE);
            assertThat(manyEstimate).as("20 orders against 2").isEqualTo(fewEstimate).isEqualTo(REVENUE_ESTIMATE);
        }
        assertThat(admin.revenue().ofCustomer(customers.get(1)).months()).hasSizeGreaterThan(3);
    }

    @Test
    void givenPipelinesWith3And60ValuedCards_whenTheirForecastIsRead_thenBothCostTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        var admin = tenant.admin();
        UserId pat = tenant.addUser("pat", AccessScope.PORTFOLIO).id();
        List<Pipeline> pipelines = new java.util.ArrayList<>();
        for (int cards : new int[] {3, 60}) {
            Pipeline pipeline = PipelineTestData.aPipeline().named("Funil " + cards).withStages(List.of(
                    new NewStage("Lead", "#CCCCCC", 0, 20), new NewStage("Proposal", "#CCCCCC", 0, 70)))
                    .withUsers(tenant.adminId(), pat).createdBy(admin);
            for (int i = 0; i < cards; i++) {
                AccountId account = i % 3 == 0 ? null : admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                        .named("Conta " + cards + "-" + i).responsibles(i % 2 == 0 ? pat : tenant.adminId()).build()).account().id();
                admin.cards().create(dev.crmkit.pipeline.CreateCard.builder(pipeline.id(), "Card " + i)
                        .stageId(pipeline.stages().get(i % 2).id()).accountId(account)
                        .salespersonId(i % 2 == 0 ? pat : tenant.adminId()).value(Money.of(i + "00", "BRL"))
                        .expectedCloseDate(java.time.LocalDate.of(2026, 3 + i % 5, 10)).build());
            }
            pipelines.add(pipeline);
        }
        crm().relayEvents();

        for (var reader : List.of(admin, tenant.as(pat))) {
            int few = counter().count(() -> reader.revenue().forecast(pipelines.get(0).id())).executions();
            int many = counter().count(() -> reader.revenue().forecast(pipelines.get(1).id())).executions();
            System.out.println("READ-COST forecast " + few + " " + many);

            assertThat(many).as("60 cards against 3").isEqualTo(few).isEqualTo(REVENUE_FORECAST);
        }
    }

    private int writeCost(String name, Runnable write) {
        var counts = counter().count(write);
        System.out.println("WRITE-COST " + name + " = " + counts.executions() + " " + counts);
        return counts.executions();
    }

    /** A pipeline with two stages, a label and a member, and one card on its first stage with an account. */
    private record CardWorld(TestTenant tenant, Pipeline pipeline, UserId member, AccountId account, Card card) {}

    private CardWorld cardWorld() {
        TestTenant tenant = newTenant();
        UserId member = tenant.addUser("member", AccessScope.ALL).id();
        Pipeline created = PipelineTestData.aPipeline().withStages("Lead", "Proposal").withUsers(tenant.adminId(), member)
                .createdBy(tenant.admin());
        tenant.admin().pipelines().addLabel(new AddLabel(created.id(), "Hot", "#FF0000"));
        Pipeline pipeline = tenant.admin().pipelines().get(created.id());
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .named("Card Owner").responsibles(tenant.adminId()).build()).account().id();
        Card card = tenant.admin().cards().create(new dev.crmkit.pipeline.CreateCard(pipeline.id(), null, "First",
                null, Set.of(pipeline.labels().get(0).id()), Set.of(member), member, Money.of("100", "BRL"), null, account));
        crm().relayEvents();
        return new CardWorld(tenant, pipeline, member, account, card);
    }

    @Test
    void givenACard_whenCreated_thenItCostsItsBudget() {
        CardWorld world = cardWorld();
        int cost = writeCost("create card", () -> world.tenant().admin().cards().create(new dev.crmkit.pipeline.CreateCard(
                world.pipeline().id(), null, "Second", null, Set.of(world.pipeline().labels().get(0).id()),
                Set.of(world.member()), world.member(), Money.of("1500", "BRL"), null, null)));
        assertThat(cost).isEqualTo(CREATE_CARD + placementLock());
    }

    @Test
    void givenACard_whenUpdated_thenItCostsItsBudget() {
        CardWorld world = cardWorld();
        Card card = world.card();
        int cost = writeCost("update card", () -> world.tenant().admin().cards().update(new dev.crmkit.pipeline.UpdateCard(
                card.id(), "Renamed", "Now described", Set.of(), Set.of(world.member(), world.tenant().adminId()),
                world.tenant().adminId(), Money.of("2500", "BRL"), null, world.account(), card.version())));
        assertThat(cost).isEqualTo(UPDATE_CARD);
    }

    @Test
    void givenACard_whenCommented_thenItCostsItsBudget() {
        CardWorld world = cardWorld();
        int cost = writeCost("add comment", () -> world.tenant().admin().cards().addComment(
                new dev.crmkit.pipeline.AddComment(world.card().id(), "Called them")));
        assertThat(cost).isEqualTo(ADD_COMMENT);
    }

    @Test
    void givenACard_whenAUserOfItsPipelineCommentsIt_thenItCostsTheSameBudget() {
        CardWorld world = cardWorld();
        var counts = counter().count(() -> world.tenant().as(world.member()).cards().addComment(
                new dev.crmkit.pipeline.AddComment(world.card().id(), "Called them")));
        assertThat(counts.executions()).as("add comment as a pipeline's user: %s", counts).isEqualTo(ADD_COMMENT);
        // The write's commit and the relay's, which deletes what it delivered; the relay reads without a transaction.
        assertThat(counts.transactionEnds()).as("add comment: %s", counts).isEqualTo(2);
    }

    @Test
    void givenACard_whenAUserOfItsPipelineReadsIt_thenItCostsItsBudget() {
        CardWorld world = cardWorld();
        var read = counter().measure(() -> world.tenant().as(world.member()).cards().get(world.card().id()));
        assertThat(read.value().id()).isEqualTo(world.card().id());
        assertThat(read.counts().executions()).as("get card: %s", read.counts()).isEqualTo(GET_CARD);
        assertThat(read.counts().transactionEnds()).as("a reader runs without a transaction to end: %s", read.counts())
                .isZero();
    }

    @Test
    void givenACard_whenMovedToAnotherStage_thenItCostsItsBudget() {
        CardWorld world = cardWorld();
        int cost = writeCost("move card", () -> world.tenant().admin().cards().move(new dev.crmkit.pipeline.MoveCard(
                world.card().id(), world.pipeline().stages().get(1).id(), null, world.card().version())));
        assertThat(cost).isEqualTo(MOVE_CARD + placementLock());
    }

    @Test
    void givenAnAgendaEntry_whenConcluded_thenItCostsItsBudget() {
        TestTenant tenant = newTenant();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount().build()).account().id();
        dev.crmkit.agenda.AgendaEntry entry = tenant.admin().agenda().create(
                new dev.crmkit.agenda.CreateAgendaEntry(account, null, null, null, "Call", null, null, null));
        crm().relayEvents();
        int cost = writeCost("conclude agenda entry", () -> tenant.admin().agenda().conclude(
                new dev.crmkit.agenda.AgendaEntryAt(entry.id(), entry.version())));
        assertThat(cost).isEqualTo(CONCLUDE_AGENDA_ENTRY);
    }

    @Test
    void givenAnAgendaEntryOfAPortfolio_whenItsResponsibleConcludesIt_thenItCostsOneStatementMore() {
        TestTenant tenant = newTenant();
        UserId pat = tenant.addUser("pat", AccessScope.PORTFOLIO).id();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(pat).build()).account().id();
        var asPat = tenant.as(pat);
        dev.crmkit.agenda.AgendaEntry entry = asPat.agenda().create(
                new dev.crmkit.agenda.CreateAgendaEntry(account, null, null, null, "Call", null, null, null));
        crm().relayEvents();
        int cost = writeCost("conclude agenda entry in a portfolio", () -> asPat.agenda().conclude(
                new dev.crmkit.agenda.AgendaEntryAt(entry.id(), entry.version())));
        // The account's responsibles, for the scope: the one read an administrator does without.
        assertThat(cost).isEqualTo(CONCLUDE_AGENDA_ENTRY + 1);
    }

    @Test
    void givenAnAccount_whenClassified_thenItCostsItsBudget() {
        TestTenant tenant = newTenant();
        Account account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account();
        crm().relayEvents();
        int cost = writeCost("classify account", () -> tenant.admin().accounts().classify(
                new dev.crmkit.account.ClassifyAccount(account.id(), Classification.CUSTOMER, account.version())));
        assertThat(cost).isEqualTo(CLASSIFY_ACCOUNT);
    }

    @Test
    void givenACase_whenOpened_thenItCostsItsBudget() {
        TestTenant tenant = newTenant();
        UserId agent = tenant.addUser("agent", AccessScope.ALL).id();
        CatalogEntryId category = tenant.addEntry(CatalogKind.CASE_CATEGORY, "Network").id();
        CatalogEntryId priority = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        CatalogEntryId team = tenant.addTeam("Support");
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account().id();
        var contact = tenant.admin().contacts().add(new dev.crmkit.contact.AddContact(account, ContactDetails.named("Rita")));
        tenant.admin().cases().open(new OpenCase(account, CaseDetails.builder("First", CaseChannel.PHONE).build()));
        crm().relayEvents();
        int cost = writeCost("open case", () -> tenant.admin().cases().open(new OpenCase(account,
                CaseDetails.builder("No signal", CaseChannel.PHONE).contactId(contact.id()).categoryId(category)
                        .priorityId(priority).teamId(team).assigneeId(agent).build())));
        assertThat(cost).isEqualTo(OPEN_CASE);
    }

    @Test
    void givenACase_whenItsStatusChanges_thenItCostsItsBudget() {
        TestTenant tenant = newTenant();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account().id();
        ServiceCase serviceCase = tenant.admin().cases().open(new OpenCase(account,
                CaseDetails.builder("No signal", CaseChannel.PHONE).build()));
        crm().relayEvents();
        int cost = writeCost("change case status", () -> tenant.admin().cases().changeStatus(
                ChangeCaseStatus.of(serviceCase, CaseStatus.OPEN)));
        assertThat(cost).isEqualTo(CHANGE_CASE_STATUS);
    }

    @Test
    void givenAnInterventionWithAnAttachment_whenConcludedWithItsWorkReport_thenItCostsItsBudget() {
        TestTenant tenant = newTenant();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account().id();
        ServiceCase serviceCase = tenant.admin().cases().open(new OpenCase(account, CaseDetails.builder("Leak", CaseChannel.PHONE).build()));
        var sent = tenant.admin().agenda().dispatch(dev.crmkit.agenda.DispatchIntervention.builder("Fix the pipe",
                new dev.crmkit.agenda.Schedule.AnyTimeOn(java.time.LocalDate.of(2026, 3, 3)), tenant.adminId())
                .caseId(serviceCase.id()).build());
        var sheet = tenant.admin().agenda().attach(sent.id(), new dev.crmkit.pipeline.AttachFile("sheet.pdf", "application/pdf"),
                new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}));
        var entry = tenant.admin().agenda().get(sent.id());
        crm().relayEvents();
        int cost = writeCost("conclude intervention", () -> tenant.admin().agenda().concludeIntervention(
                new dev.crmkit.agenda.ConcludeIntervention(new dev.crmkit.agenda.AgendaEntryAt(entry.id(), entry.version()),
                        "Pipe fixed", List.of(sheet.id()), "INV-1")));
        assertThat(cost).isEqualTo(CONCLUDE_INTERVENTION);
    }

    @Test
    void givenAResolvedCase_whenItsSurveyIsAnswered_thenItCostsItsBudget() {
        TestTenant tenant = newTenant();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account().id();
        ServiceCase serviceCase = tenant.admin().cases().open(new OpenCase(account, CaseDetails.builder("Leak", CaseChannel.PHONE).build()));
        tenant.admin().cases().changeStatus(ChangeCaseStatus.of(serviceCase, CaseStatus.RESOLVED));
        crm().relayEvents();
        var issued = published.eventsOf(tenant.id(), dev.crmkit.event.SurveyEvent.SurveyIssued.class);
        String token = issued.get(issued.size() - 1).token();
        int cost = writeCost("answer survey", () -> crm().surveyAnswers().answer(
                new dev.crmkit.casework.AnswerSurvey(token, 4, 9, "Quick")));
        assertThat(cost).isEqualTo(ANSWER_SURVEY);
    }

    @Test
    void givenSurveysOf10And60Cases_whenStatisticsAndTheirGroupsAreRead_thenEachCostsTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(tenant.adminId()).build()).account().id();
        CatalogEntryId team = tenant.addTeam("Support");
        List<Integer> costs = new ArrayList<>();
        var query = dev.crmkit.casework.SatisfactionQuery.builder(java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 12, 31)).teamId(team).build();
        for (int size : List.of(10, 60)) {
            while (tenant.admin().satisfaction().statistics(query).surveys() < size) {
                ServiceCase opened = tenant.admin().cases().open(new OpenCase(account, CaseDetails.builder("Case", CaseChannel.PHONE)
                        .teamId(team).assigneeId(tenant.adminId()).build()));
                tenant.admin().cases().changeStatus(ChangeCaseStatus.of(opened, CaseStatus.RESOLVED));
            }
            crm().relayEvents();
            costs.add(counter().count(() -> tenant.admin().satisfaction().statistics(query)).executions());
            costs.add(counter().count(() -> tenant.admin().satisfaction().statisticsBy(query,
                    dev.crmkit.casework.SatisfactionGrouping.AGENT)).executions());
        }
        assertThat(costs).as("statements of statistics and of their groups over 10 and 60 surveys")
                .containsExactly(SATISFACTION_STATISTICS, SATISFACTION_GROUPS, SATISFACTION_STATISTICS, SATISFACTION_GROUPS);
    }

    @Test
    void givenTeamQueuesOf10And60Cases_whenAPageIsRead_thenEachCostsTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        CatalogEntryId high = tenant.addEntry(CatalogKind.PRIORITY, "High").id();
        tenant.admin().cases().updateSlaSettings(dev.crmkit.casework.UpdateSlaSettings.from(tenant.admin().cases().slaSettings())
                .withTargets(List.of(new dev.crmkit.casework.SlaTarget(high, 60, 480))));
        UserId agent = tenant.addUser("agent", AccessScope.PORTFOLIO).id();
        AccountId account = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .responsibles(agent).build()).account().id();
        List<Integer> costs = new ArrayList<>();
        for (int size : List.of(10, 60)) {
            CatalogEntryId team = tenant.addTeam("Team " + size);
            for (int i = 0; i < size; i++) {
                tenant.admin().cases().open(new OpenCase(account, CaseDetails.builder("Case " + i, CaseChannel.PHONE)
                        .priorityId(high).teamId(team).build()));
            }
            crm().relayEvents();
            var page = counter().measure(() -> tenant.as(agent).cases().queue(dev.crmkit.casework.CaseQueue.builder()
                    .teams(Set.of(team)).statuses(CaseStatus.NEW, CaseStatus.OPEN)
                    .slaStates(dev.crmkit.casework.SlaState.ON_TRACK, dev.crmkit.casework.SlaState.AT_RISK).pageSize(5).build()));
            assertThat(page.value().items()).hasSize(5);
            assertThat(page.value().hasNext()).isTrue();
            costs.add(page.counts().executions());
        }
        assertThat(costs).as("statements of a queue page of 10 and 60 cases").containsExactly(CASE_QUEUE, CASE_QUEUE);
    }

    @Test
    void givenAnAccount_whenCreated_thenItCostsItsBudget() {
        TestTenant tenant = newTenant();
        crm().relayEvents();
        int cost = writeCost("create account", () -> tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData
                .anAccount().named("Budgeted Ltda").responsibles(tenant.adminId()).build()));
        assertThat(cost).isEqualTo(CREATE_ACCOUNT);
    }

    @Test
    void givenImportsOf10And100Cards_whenImported_thenBothCostTheSameFixedStatements() {
        CardWorld world = cardWorld();
        TestTenant tenant = world.tenant();
        List<AccountId> accounts = new ArrayList<>();
        write(tenant, uow -> {
            for (int i = 0; i < 110; i++) {
                accounts.add(uow.accounts().insert(Account.create(Classification.PROSPECT,
                        AccountDetails.of(PersonKind.LEGAL, "Imported %03d Ltda".formatted(i)), Set.of(tenant.adminId()),
                        tenant.adminId(), START)).id());
            }
        });
        java.util.function.BiFunction<Integer, Integer, List<dev.crmkit.pipeline.ImportedCard>> rows = (from, count) -> {
            List<dev.crmkit.pipeline.ImportedCard> list = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                list.add(dev.crmkit.pipeline.ImportedCard.named("Imported " + i)
                        .stageId(world.pipeline().stages().get(i % 2).id())
                        .labels(Set.of(world.pipeline().labels().get(0).id())).members(Set.of(world.member()))
                        .salespersonId(world.member()).value(Money.of("100", "BRL")).accountId(accounts.get(i)).build());
            }
            return list;
        };
        crm().relayEvents();

        int ten = writeCost("import 10 cards", () -> tenant.admin().cards().importCards(
                new dev.crmkit.pipeline.ImportCards(world.pipeline().id(), rows.apply(0, 10))));
        int hundred = writeCost("import 100 cards", () -> tenant.admin().cards().importCards(
                new dev.crmkit.pipeline.ImportCards(world.pipeline().id(), rows.apply(10, 100))));

        assertThat(published.eventsOf(tenant.id(), dev.crmkit.event.CardEvent.CardCreated.class)).hasSize(111);
        assertThat(hundred).as("100 rows against 10").isEqualTo(ten);
        assertThat(ten).isEqualTo(IMPORT_CARDS);
    }

    private List<CatalogEntryId> characteristicTypes(TestTenant tenant, int count) {
        List<CatalogEntryId> types = new ArrayList<>();
        write(tenant, uow -> {
            for (int i = 0; i < count; i++) {
                types.add(uow.catalog().insert(CatalogEntry.create(CatalogKind.CHARACTERISTIC_TYPE, "Trait " + i,
                        new CatalogDetails.Characteristic(CharacteristicValueType.TEXT, List.of()), START)).id());
            }
        });
        return types;
    }

    /** An account with n contacts, relationships, documents and closed cards, and a timeline. */
    private AccountId richAccount(TestTenant tenant, Pipeline pipeline, CatalogEntryId relationshipType, int n) {
        AccountId id = tenant.admin().accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                .named("Rich " + n).responsibles(tenant.adminId()).build()).account().id();
        write(tenant, uow -> {
            for (int i = 0; i < n; i++) {
                uow.contacts().insert(Contact.create(id, ContactDetails.named("Contact " + i), tenant.adminId(), START));
                Account other = uow.accounts().insert(Account.create(Classification.LEAD,
                        AccountDetails.of(PersonKind.LEGAL, "Related " + n + "/" + i), Set.of(tenant.adminId()),
                        tenant.adminId(), START));
                uow.relationships().insert(Relationship.create(id, other.id(), relationshipType, null, tenant.adminId(), START));
                uow.documents().insert(Document.create(DocumentId.newId(), id, DocumentKind.OTHER, "Doc " + i, "d.pdf",
                        "application/pdf", 10, "ab".repeat(32), null, null, tenant.adminId(), START));
            }
            List<Card> closed = cards(pipeline, pipeline.stages().get(0).id(), n, Set.of(), Set.of(tenant.adminId()), true);
            closed.forEach(card -> uow.cards().insert(StoredRecords.card(card).accountId(id).build()));
        });
        for (int i = 0; i < n; i++) {
            tenant.admin().cases().open(new OpenCase(id, CaseDetails.builder("Case " + i, CaseChannel.EMAIL).build()));
        }
        write(tenant, uow -> {
            for (int i = 0; i < n; i++) {
                var line = new dev.crmkit.order.OrderLine(new dev.crmkit.quote.QuoteLine(new dev.crmkit.quote.QuoteItem(null,
                        "Installation", "un"), java.math.BigDecimal.ONE, new java.math.BigDecimal("150.00"),
                        java.math.BigDecimal.ZERO), new java.math.BigDecimal("150.00"));
                uow.orders().insert(StoredRecords.order(dev.crmkit.common.OrderId.newId(), "Q-%03d-%03d-S".formatted(n, i + 1),
                        dev.crmkit.common.QuoteId.newId(), 1, id, null, null, dev.crmkit.product.ProductRoute.SALES,
                        java.util.Currency.getInstance("BRL"), List.of(line), null,
                        List.of(new dev.crmkit.order.OrderStep(dev.crmkit.order.OrderStatus.PLACED, START.plusSeconds(i),
                                tenant.adminId(), "Admin")), Version.UNSAVED));
            }
        });
        return id;
    }

    /** A pipeline of 10 stages with two labels, and perStage cards in each, every card with both labels and two members. */
    private Pipeline boardOf(TestTenant tenant, UserId member, int perStage) {
        List<NewStage> stages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stages.add(new NewStage("Stage " + i, "#CCCCCC", 5));
        }
        Pipeline created = PipelineTestData.aPipeline().named("Board " + perStage).withStages(stages)
                .withUsers(tenant.adminId(), member).createdBy(tenant.admin());
        tenant.admin().pipelines().addLabel(new AddLabel(created.id(), "Hot", "#FF0000"));
        tenant.admin().pipelines().addLabel(new AddLabel(created.id(), "Big", "#00FF00"));
        Pipeline pipeline = tenant.admin().pipelines().get(created.id());
        Set<LabelId> labels = new HashSet<>();
        pipeline.labels().forEach(label -> labels.add(label.id()));
        write(tenant, uow -> pipeline.stages().forEach(stage ->
                cards(pipeline, stage.id(), perStage, labels, Set.of(tenant.adminId(), member), false)
                        .forEach(uow.cards()::insert)));
        return pipeline;
    }

    @Test
    void givenSegmentsOf10And100Accounts_whenANewsletterIsLaunchedAndItsResultsRead_thenEachCostsTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId small = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Small").id();
        CatalogEntryId large = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Large").id();
        admin.consents().updateSettings(new dev.crmkit.consent.ConsentSettings(Set.of()));
        for (int i = 0; i < 110; i++) {
            admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount().named("Account %03d".formatted(i))
                    .withEmails("a" + i + "@example.com").responsibles(tenant.adminId())
                    .withCatalogs(i < 10 ? small : large, null, null, null).build());
        }
        crm().relayEvents();
        List<Integer> launches = new ArrayList<>();
        List<Integer> results = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (CatalogEntryId type : List.of(small, large)) {
            var draft = campaignOverType(admin, "News", dev.crmkit.campaign.CampaignKind.NEWSLETTER, type);
            crm().relayEvents();
            launches.add(writeCost("launch over " + type, () -> admin.campaigns().launch(
                    dev.crmkit.campaign.LaunchCampaign.of(draft))));
            var read = counter().measure(() -> admin.campaigns().results(draft.id()));
            assertThat(read.value().members().of(dev.crmkit.campaign.MemberStatus.TARGETED)).isEqualTo(type.equals(small) ? 10 : 100);
            results.add(read.counts().executions());
            pages.add(counter().count(() -> admin.campaigns().members(draft.id(), null, 50)).executions());
        }
        assertThat(launches).containsExactly(LAUNCH_CAMPAIGN, LAUNCH_CAMPAIGN);
        assertThat(results).containsExactly(CAMPAIGN_RESULTS, CAMPAIGN_RESULTS);
        assertThat(pages).containsExactly(CAMPAIGN_MEMBERS, CAMPAIGN_MEMBERS);
    }

    @Test
    void givenSegmentsOf10And100Buyers_whenAnOfferMakingAQuotePerMemberIsLaunched_thenItCostsFixedStatementsPlusThreePerMember() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId small = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Small").id();
        CatalogEntryId large = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Large").id();
        admin.consents().updateSettings(new dev.crmkit.consent.ConsentSettings(Set.of()));
        var list = admin.priceLists().create(new dev.crmkit.product.CreatePriceList("Offer", java.util.Currency.getInstance("BRL")));
        List<dev.crmkit.quote.QuoteLineInput> lines = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var product = admin.products().create(new dev.crmkit.product.CreateProduct(
                    dev.crmkit.product.ProductDetails.builder("OF-" + i, "Offered " + i).build()));
            admin.priceLists().setPrice(new dev.crmkit.product.SetProductPrice(list.id(), product.id(),
                    new java.math.BigDecimal("19.90"), dev.crmkit.product.Validity.from(LocalDate.of(2026, 1, 1))));
            lines.add(dev.crmkit.quote.QuoteLineInput.product(product.id(), new java.math.BigDecimal("2")));
        }
        lines.add(dev.crmkit.quote.QuoteLineInput.text("Installation", java.math.BigDecimal.ONE, new java.math.BigDecimal("150")));
        for (int i = 0; i < 110; i++) {
            admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount().named("Buyer %03d".formatted(i))
                    .withEmails("b" + i + "@example.com").responsibles(tenant.adminId())
                    .withCatalogs(i < 10 ? small : large, null, null, list.id()).build());
        }
        // The tenant's counter exists already (its first quote makes it, once), for an account of neither segment.
        AccountId outside = admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount().named("Outside")
                .withCatalogs(null, null, null, list.id()).build()).account().id();
        admin.quotes().create(dev.crmkit.quote.CreateQuote.builder(outside).lines(lines).build());
        crm().relayEvents();
        List<Integer> launches = new ArrayList<>();
        for (CatalogEntryId type : List.of(small, large)) {
            var draft = campaignOverType(admin, "Offer", dev.crmkit.campaign.CampaignKind.OFFER, type);
            crm().relayEvents();
            launches.add(writeCost("offer per member over " + type, () -> admin.campaigns().launch(
                    dev.crmkit.campaign.LaunchCampaign.offering(draft, dev.crmkit.campaign.OfferQuotes.perMember(
                            new dev.crmkit.campaign.QuotePerMember(lines, null, null, null))))));
            assertThat(admin.campaigns().results(draft.id()).attributed().quotes()).isEqualTo(type.equals(small) ? 10 : 100);
        }
        assertThat(launches).containsExactly(LAUNCH_OFFER_PER_MEMBER + 10 * OFFER_QUOTE_PER_MEMBER,
                LAUNCH_OFFER_PER_MEMBER + 100 * OFFER_QUOTE_PER_MEMBER);
    }

    @Test
    void givenSegmentsMatching10Or100Accounts_whenCountedAndPreviewed_thenEachCostsTheSameFixedStatements() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId small = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Small").id();
        CatalogEntryId large = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Large").id();
        Pipeline pipeline = PipelineTestData.aPipeline().withUsers(tenant.adminId()).createdBy(admin);
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            AccountId account = admin.accounts().create(dev.crmkit.testkit.AccountTestData.anAccount()
                    .named("Account %03d".formatted(i)).classified(Classification.PROSPECT)
                    .withCatalogs(i < 10 ? small : large, null, null, null).build()).account().id();
            cards.add(StoredRecords.card().id(CardId.newId()).pipelineId(pipeline.id()).stageId(pipeline.stages().get(0).id())
                    .position("p%05d".formatted(i)).name("Card " + i).labels(Set.of()).members(Set.of()).accountId(account)
                    .comments(List.of()).attachments(List.of()).createdBy(tenant.adminId()).createdAt(START).updatedAt(START)
                    .version(Version.UNSAVED).build());
        }
        write(tenant, uow -> cards.forEach(uow.cards()::insert));
        List<Integer> counts = new ArrayList<>();
        List<Integer> previews = new ArrayList<>();
        for (CatalogEntryId type : List.of(small, large)) {
            for (boolean withCards : List.of(false, true)) {
                AccountQuery.Builder query = AccountQuery.builder().customerTypes(type).pageSize(100).openCase(false);
                if (withCards) {
                    query.prospectStates(ProspectState.IN_PROGRESS, ProspectState.ABANDONED).openCard(OpenCardFilter.ANY);
                }
                Segment segment = admin.segments().create(new CreateSegment("Segment " + type + withCards, false, query.build()));
                var count = counter().measure(() -> admin.segments().count(segment.id()));
                var preview = counter().measure(() -> admin.segments().preview(segment.id(), null));
                int extra = withCards ? PIPELINES : 0;
                assertThat(count.value()).isEqualTo(type.equals(small) ? 10 : 100);
                assertThat(preview.value().items()).hasSize((int) (long) count.value());
                assertThat(count.counts().executions()).as("count: %s", count.counts()).isEqualTo(SEGMENT_COUNT + extra);
                assertThat(preview.counts().executions()).as("preview: %s", preview.counts())
                        .isEqualTo(SEGMENT_PREVIEW + extra);
                counts.add(count.counts().executions());
                previews.add(preview.counts().executions());
            }
        }
        assertThat(counts).containsExactly(SEGMENT_COUNT, SEGMENT_COUNT + PIPELINES, SEGMENT_COUNT, SEGMENT_COUNT + PIPELINES);
        assertThat(previews).containsExactly(SEGMENT_PREVIEW, SEGMENT_PREVIEW + PIPELINES, SEGMENT_PREVIEW,
                SEGMENT_PREVIEW + PIPELINES);
    }

    private static List<Card> cards(Pipeline pipeline, dev.crmkit.common.StageId stage, int count, Set<LabelId> labels,
            Set<UserId> members, boolean archived) {
        List<Card> cards = new ArrayList<>();
        Instant at = START.minusSeconds(86_400L * 30);
        for (int i = 0; i < count; i++) {
            cards.add(StoredRecords.card()
                    .id(CardId.newId())
                    .pipelineId(pipeline.id())
                    .stageId(stage)
                    .position("p%05d".formatted(i))
                    .name("Card " + i)
                    .labels(labels)
                    .members(members)
                    .value(Money.of(String.valueOf(100 + i), i % 2 == 0 ? "BRL" : "USD"))
                    .expectedCloseDate(LocalDate.of(2026, 6, 1))
                    .comments(List.of())
                    .attachments(List.of())
                    .archived(archived)
                    .createdBy(members.iterator().next())
                    .createdAt(at)
                    .updatedAt(at)
                    .version(Version.UNSAVED)
                    .build());
        }
        return cards;
    }

    /** A March 2026 campaign of a kind over a segment of the accounts of one customer type. */
    private static dev.crmkit.campaign.Campaign campaignOverType(CrmSession admin, String name,
            dev.crmkit.campaign.CampaignKind kind, CatalogEntryId type) {
        Segment segment = admin.segments().create(new CreateSegment("Segment " + type, false,
                AccountQuery.builder().customerTypes(type).build()));
        return admin.campaigns().create(new dev.crmkit.campaign.CreateCampaign(name + " " + type, kind,
                dev.crmkit.campaign.CampaignPeriod.of(java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 3, 31)),
                dev.crmkit.campaign.CampaignTarget.segment(segment.id())));
    }
}
