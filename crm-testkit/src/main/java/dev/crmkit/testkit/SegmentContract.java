package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.AccountSort;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CreditProperties;
import dev.crmkit.account.CreditTerms;
import dev.crmkit.account.OpenCardFilter;
import dev.crmkit.account.ProspectState;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.SortDirection;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.event.SegmentEvent;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.DeleteSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.segment.UpdateSegment;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Segments: saved account queries, private or shared, counted and previewed live, each reader in their own scope;
 * only the owner changes or deletes one; bad names and filters are named; every change is an event.
 */
public abstract class SegmentContract extends CrmKitSupport {

    @Example
    void givenASegment_whenAccountsChange_thenItsCountAndPreviewFollowLiveInPagesOfItsOwnSize() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId gold = tenant.addEntry(CatalogKind.CUSTOMER_TYPE, "Gold").id();
        List<Account> golden = new ArrayList<>();
        for (String name : List.of("Delta", "Alfa", "Charlie", "Bravo", "Echo")) {
            golden.add(admin.accounts().create(anAccount().named(name).withCatalogs(gold, null, null, null).build()).account());
        }
        admin.accounts().create(anAccount().named("Other").build());

        Segment segment = admin.segments().create(new CreateSegment(" Gold customers ", false,
                AccountQuery.builder().customerTypes(gold).sort(AccountSort.NAME, SortDirection.ASC).pageSize(2).build()));

        assertThat(segment.name()).isEqualTo("Gold customers");
        assertThat(admin.segments().count(segment.id())).isEqualTo(5);
        List<String> names = new ArrayList<>();
        Page<Account> page = admin.segments().preview(segment.id(), null);
        names.addAll(page.items().stream().map(a -> a.details().legalName()).toList());
        while (page.hasNext()) {
            assertThat(page.items()).hasSize(2);
            page = admin.segments().preview(segment.id(), page.nextCursor());
            names.addAll(page.items().stream().map(a -> a.details().legalName()).toList());
        }
        assertThat(names).containsExactly("Alfa", "Bravo", "Charlie", "Delta", "Echo");

        admin.accounts().create(anAccount().named("Aaron").withCatalogs(gold, null, null, null).build());
        assertThat(admin.segments().count(segment.id())).isEqualTo(6);
        assertThat(admin.segments().preview(segment.id(), null).items()).extracting(a -> a.details().legalName())
                .containsExactly("Aaron", "Alfa");
        assertThat(admin.segments().get(segment.id())).isEqualTo(segment);
    }

    @Example
    void givenPrivateAndSharedSegments_whenOtherUsersReadThem_thenOnlySharedOnesAreSeenAndEachCountsInTheReadersScope() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        tenant.addUser("ana", AccessScope.PORTFOLIO);
        tenant.addUser("bob", AccessScope.ALL);
        UserId ana = UserId.of("ana");
        UserId bob = UserId.of("bob");
        admin.accounts().create(anAccount().named("Ana's").withLedger(null, true, true).responsibles(ana).build());
        admin.accounts().create(anAccount().named("Bob's").withLedger(null, true, true).responsibles(bob).build());
        admin.accounts().create(anAccount().named("Nobody's").withLedger(null, false, true).responsibles(bob).build());
        AccountQuery suppliers = AccountQuery.builder().supplier(true).build();

        Segment shared = tenant.as(bob).segments().create(new CreateSegment("Suppliers", true, suppliers));
        Segment mine = tenant.as(bob).segments().create(new CreateSegment("My suppliers", false, suppliers));

        assertThat(tenant.as(bob).segments().count(shared.id())).isEqualTo(2);
        assertThat(tenant.as(ana).segments().count(shared.id())).isEqualTo(1);
        assertThat(tenant.as(ana).segments().preview(shared.id(), null).items()).extracting(a -> a.details().legalName())
                .containsExactly("Ana's");
        assertThat(tenant.as(ana).segments().list()).containsExactly(shared);
        assertThat(tenant.as(bob).segments().list()).containsExactly(mine, shared);
        thrown(NotFoundException.class, () -> tenant.as(ana).segments().get(mine.id()));
        thrown(NotFoundException.class, () -> tenant.as(ana).segments().count(mine.id()));
        thrown(NotFoundException.class, () -> tenant.as(ana).segments().preview(mine.id(), null));
        AccessDeniedException denied = thrown(AccessDeniedException.class,
                () -> tenant.as(ana).segments().update(UpdateSegment.from(shared).renamed("Mine now")));
        assertThat(denied.code()).isEqualTo("access.not-segment-owner");
        thrown(AccessDeniedException.class, () -> tenant.as(ana).segments().delete(DeleteSegment.of(shared)));
        thrown(NotFoundException.class, () -> newTenant().admin().segments().get(shared.id()));

        assertThat(tenant.as(bob).segments().get(shared.id())).isEqualTo(shared);
    }

    @Example
    void givenASegment_whenRenamedUnsharedReQueriedAndDeleted_thenEachChangeIsStoredAndPublished() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        admin.accounts().create(anAccount().named("Cash").build());
        admin.accounts().create(anAccount().named("Credit").withCredit(new CreditProperties(CreditTerms.CREDIT, 30, null)).build());
        Segment segment = admin.segments().create(new CreateSegment("Credit", true,
                AccountQuery.builder().creditTerms(CreditTerms.CREDIT).build()));

        Segment renamed = admin.segments().update(UpdateSegment.from(segment).renamed("On credit").shared(false));
        Segment unchanged = admin.segments().update(UpdateSegment.from(renamed));
        Segment requeried = admin.segments().update(UpdateSegment.from(renamed)
                .withCriteria(renamed.criteria().toBuilder().creditTerms(CreditTerms.CASH).build()));

        assertThat(renamed.name()).isEqualTo("On credit");
        assertThat(renamed.shared()).isFalse();
        assertThat(renamed.version()).isEqualTo(segment.version().next());
        assertThat(unchanged).isEqualTo(renamed);
        assertThat(admin.segments().preview(requeried.id(), null).items()).extracting(a -> a.details().legalName())
                .containsExactly("Cash");
        thrown(ConflictException.class, () -> admin.segments().update(UpdateSegment.from(renamed).renamed("Stale")));
        thrown(ConflictException.class, () -> admin.segments().delete(DeleteSegment.of(renamed)));
        admin.segments().delete(DeleteSegment.of(requeried));
        thrown(NotFoundException.class, () -> admin.segments().get(segment.id()));
        assertThat(admin.segments().list()).isEmpty();

        crm().relayEvents();
        assertThat(published.eventsOf(tenant.id(), SegmentEvent.SegmentCreated.class)).extracting(SegmentEvent::segmentId)
                .containsExactly(segment.id());
        assertThat(published.eventsOf(tenant.id(), SegmentEvent.SegmentUpdated.class))
                .extracting(e -> e.changes().stream().map(c -> c.field()).toList())
                .containsExactly(List.of("name", "shared"), List.of("criteria"));
        assertThat(published.eventsOf(tenant.id(), SegmentEvent.SegmentDeleted.class)).extracting(SegmentEvent::segmentId)
                .containsExactly(segment.id());
    }

    @Example
    void givenBadNamesOrFilters_whenASegmentIsSaved_thenEachProblemIsNamedAndNothingIsStored() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        admin.segments().create(new CreateSegment("Taken", false, AccountQuery.builder().build()));

        InvalidCommandException taken = thrown(InvalidCommandException.class, () -> admin.segments()
                .create(new CreateSegment(" TAKEN ", true, AccountQuery.builder().build())));
        InvalidCommandException blank = thrown(InvalidCommandException.class, () -> admin.segments()
                .create(new CreateSegment(" ", false, AccountQuery.builder().build())));
        InvalidCommandException unknown = thrown(InvalidCommandException.class, () -> admin.segments()
                .create(new CreateSegment("Cards", false, AccountQuery.builder()
                        .openCard(OpenCardFilter.inPipelines(PipelineId.newId())).build())));
        InvalidCommandException pageSize = thrown(InvalidCommandException.class, () -> admin.segments()
                .create(new CreateSegment("Big", false, AccountQuery.builder().pageSize(501).build())));

        assertThat(taken.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("name", "Unique"));
        assertThat(blank.violations()).extracting(Violation::path).containsExactly("name");
        assertThat(unknown.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("criteria.openCard.pipelines", "UnknownReference"));
        assertThat(pageSize.violations()).extracting(Violation::path).containsExactly("criteria.pageSize");
        assertThat(admin.segments().list()).extracting(Segment::name).containsExactly("Taken");
        // Another user may use the same name: names are unique per owner.
        tenant.addUser("bob", AccessScope.ALL);
        assertThat(tenant.as(UserId.of("bob")).segments().create(new CreateSegment("Taken", true, AccountQuery.builder().build()))
                .name()).isEqualTo("Taken");
    }

    @Example
    void givenProspectsWithCards_whenASegmentAsksForThoseInProgressOrAbandoned_thenItFollowsTheirCards() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Pipeline pipeline = PipelineTestData.aPipeline().named("Sales").withStages("Contact", "Proposal")
                .withUsers(tenant.adminId()).createdBy(admin);
        Account working = admin.accounts().create(anAccount().named("Working").classified(Classification.PROSPECT).build()).account();
        Account dropped = admin.accounts().create(anAccount().named("Dropped").classified(Classification.PROSPECT).build()).account();
        admin.accounts().create(anAccount().named("Untouched").classified(Classification.PROSPECT).build());
        admin.cards().create(new CreateCard(pipeline.id(), null, "Deal", null, null, null, null, null, null, working.id()));
        Card lost = admin.cards().create(new CreateCard(pipeline.id(), null, "Deal", null, null, null, null, null, null, dropped.id()));
        admin.cards().archive(new CardOutcome(lost.id(), lost.version()));

        Segment abandoned = admin.segments().create(new CreateSegment("Abandoned", false,
                AccountQuery.builder().prospectStates(ProspectState.ABANDONED).build()));
        Segment inProgress = admin.segments().create(new CreateSegment("In progress", false,
                AccountQuery.builder().prospectStates(ProspectState.IN_PROGRESS).build()));
        Segment inProposal = admin.segments().create(new CreateSegment("In proposal", false,
                AccountQuery.builder().openCard(OpenCardFilter.inStages(pipeline.stages().get(1).id())).build()));

        assertThat(admin.segments().preview(abandoned.id(), null).items()).extracting(Account::id).containsExactly(dropped.id());
        assertThat(admin.segments().preview(inProgress.id(), null).items()).extracting(Account::id).containsExactly(working.id());
        assertThat(admin.segments().count(inProposal.id())).isZero();
    }

    @Example
    void givenASharedSegmentNamingAPipeline_whenAUserWhoDoesNotUseItReadsIt_thenItMatchesNoCardThereRatherThanFailing() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        tenant.addUser("bob", AccessScope.ALL);
        Pipeline pipeline = PipelineTestData.aPipeline().named("Admins only").withUsers(tenant.adminId()).createdBy(admin);
        Account account = admin.accounts().create(anAccount().named("Carded").build()).account();
        admin.cards().create(new CreateCard(pipeline.id(), null, "Deal", null, null, null, null, null, null, account.id()));
        Segment segment = admin.segments().create(new CreateSegment("In the admins' pipeline", true,
                AccountQuery.builder().openCard(OpenCardFilter.inPipelines(pipeline.id())).build()));

        assertThat(admin.segments().count(segment.id())).isEqualTo(1);
        assertThat(tenant.as(UserId.of("bob")).segments().count(segment.id())).isZero();
        assertThat(tenant.as(UserId.of("bob")).segments().preview(segment.id(), null).items()).isEmpty();
        InvalidCommandException asked = thrown(InvalidCommandException.class, () -> tenant.as(UserId.of("bob")).accounts()
                .query(segment.criteria()));
        assertThat(asked.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(tuple("openCard.pipelines", "UnknownReference"));
    }
}
