package dev.crmkit.testkit;


import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.account.AssignResponsible;
import dev.crmkit.account.Classification;
import dev.crmkit.account.ClassifyAccount;
import dev.crmkit.account.ClearCharacteristicValue;
import dev.crmkit.account.ClearInterest;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.MarkInterest;
import dev.crmkit.account.RemoveResponsible;
import dev.crmkit.account.SetCharacteristicValue;
import dev.crmkit.account.UpdateAccount;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.agenda.AgendaTemplate;
import dev.crmkit.agenda.ApplyAgendaTemplate;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.DeleteAgendaEntries;
import dev.crmkit.agenda.EditAgendaEntry;
import dev.crmkit.agenda.ImportAgendaEntries;
import dev.crmkit.agenda.ImportedAgendaEntry;
import dev.crmkit.agenda.PeriodicCall;
import dev.crmkit.agenda.TemplateItem;
import dev.crmkit.agenda.UpdateAgendaSettings;
import dev.crmkit.casework.AddCaseComment;
import dev.crmkit.casework.CaseChannel;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ChangeCaseStatus;
import dev.crmkit.casework.OpenCase;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.casework.UpdateCase;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.SegmentId;
import dev.crmkit.segment.CreateSegment;
import dev.crmkit.segment.DeleteSegment;
import dev.crmkit.segment.Segment;
import dev.crmkit.segment.UpdateSegment;
import dev.crmkit.account.OpenCardFilter;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.AddContact;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.contact.UpdateContact;
import dev.crmkit.document.AttachDocument;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentContent;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.document.UpdateDocument;
import dev.crmkit.pipeline.AddComment;
import dev.crmkit.pipeline.AddLabel;
import dev.crmkit.pipeline.AddStage;
import dev.crmkit.pipeline.AttachFile;
import dev.crmkit.pipeline.AttachmentContent;
import dev.crmkit.pipeline.BoardFilter;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.CardOutcome;
import dev.crmkit.pipeline.ConvertCardToService;
import dev.crmkit.pipeline.CreateCard;
import dev.crmkit.pipeline.DeleteCard;
import dev.crmkit.pipeline.DeleteComment;
import dev.crmkit.pipeline.DeleteStage;
import dev.crmkit.pipeline.EditComment;
import dev.crmkit.pipeline.MarkCardLost;
import dev.crmkit.pipeline.MoveCard;
import dev.crmkit.pipeline.MoveStage;
import dev.crmkit.pipeline.NewStage;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.PipelineUser;
import dev.crmkit.pipeline.RemoveLabel;
import dev.crmkit.pipeline.SaveBoardFilter;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.pipeline.SetUserPipelines;
import dev.crmkit.pipeline.TriState;
import dev.crmkit.pipeline.UpdateBaseCard;
import dev.crmkit.pipeline.UpdateCard;
import dev.crmkit.pipeline.UpdateLabel;
import dev.crmkit.pipeline.UpdatePipeline;
import dev.crmkit.pipeline.UpdateStage;
import dev.crmkit.quote.ChangeQuoteStatus;
import dev.crmkit.quote.DecideQuoteDiscount;
import dev.crmkit.quote.CreateQuote;
import dev.crmkit.quote.Quote;
import dev.crmkit.quote.QuoteLineInput;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.UpdateQuote;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.OrderId;
import dev.crmkit.order.ConvertQuote;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderStatus;
import dev.crmkit.order.ReportOrderProgress;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.relationship.Relationship;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import static dev.crmkit.testkit.AccountTestData.anAccount;
import static dev.crmkit.testkit.PipelineTestData.aPipeline;
import static dev.crmkit.testkit.UserTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An id the actor may not see gets exactly the answer an unknown id gets, from every use case that takes one: the same
 * exception, code, field and kind of record, and the same message in every language once ids are set aside; and
 * neither call changes anything. Records are hidden three ways: accounts outside a PORTFOLIO user's portfolio, outside
 * a TEAM user's team, and everything of another tenant (for that tenant's own administrator); a pipeline and its cards
 * are hidden from whoever is not one of its users, and a saved filter from everyone but its owner. What hangs on an
 * account (its contacts, relationships, documents, agenda entries, profile and timeline) is hidden with it.
 *
 * <p>The probes are listed here by hand, each naming the use case it calls, some of them several times (an id as the
 * record a command works on, or as a reference inside a command on a record the actor sees).
 * {@link #givenTheSessionsUseCases_whenTheyAreListedByReflection_thenEveryOneThatTakesAnIdIsProbed} finds every public
 * use-case method that takes an id, directly or inside its command, so a new one fails the suite until it is probed.
 */
public abstract class OutOfScopeContract extends CrmKitSupport {

    /** The kinds of record ids the access scope, pipeline membership or tenant hides. */
    static final Set<Class<?>> HIDDEN_ID_TYPES = Set.of(AccountId.class, ContactId.class, RelationshipId.class,
            DocumentId.class, AgendaEntryId.class, PipelineId.class, CardId.class, SavedFilterId.class, QuoteId.class,
            CaseId.class, OrderId.class, SegmentId.class, dev.crmkit.common.MessageId.class);

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String TEMPLATE = "Onboarding";
    private static final BoardFilter TEN_PER_STAGE = BoardFilter.builder().cardsPerStage(10).build();

    /** Who looks at records it may not see. */
    enum Outsider {
        /** A PORTFOLIO user of the tenant, responsible for none of the hidden accounts. */
        PORTFOLIO_USER,
        /** A TEAM user of the tenant, in another team than the hidden accounts' responsible. */
        OTHER_TEAM_USER,
        /** The administrator of another tenant. */
        OTHER_TENANT_ADMIN
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void givenRecordsAnActorMayNotSee_whenEveryUseCaseIsCalledWithTheirIds_thenItAnswersAsForUnknownIdsAndChangesNothing(
            @ForAll Outsider outsider) {
        World world = world(outsider);
        Ids unknown = world.hidden().unknown();
        Snapshot before = snapshot(world);
        List<String> leaks = new ArrayList<>();

        for (Probe probe : probes()) {
            int events = events(world);
            Answer forHidden = answer(() -> probe.call().run(world.session(), world.hidden(), world.mine()));
            int eventsAfterHidden = events(world);
            Answer forUnknown = answer(() -> probe.call().run(world.session(), unknown, world.mine()));
            if (!forUnknown.concernsTheId(outsider != Outsider.OTHER_TENANT_ADMIN)) {
                leaks.add(probe + ": the unknown id is never looked at, the probe proves nothing: " + forUnknown);
            } else if (!forHidden.equals(forUnknown)) {
                leaks.add(probe + ":\n    hidden:  " + forHidden + "\n    unknown: " + forUnknown);
            } else if (forUnknown.outcome().equals("returned")) {
                leaks.add(probe + ": an unknown id was accepted: " + forUnknown);
            }
            if (eventsAfterHidden != events || events(world) != events) {
                leaks.add(probe + ": something was stored (" + (eventsAfterHidden - events) + " events for the hidden id, "
                        + (events(world) - eventsAfterHidden) + " for the unknown one)");
            }
        }

        assertThat(leaks).as("%s: use cases whose answer tells a hidden id from an unknown one", outsider).isEmpty();
        assertThat(snapshot(world)).as("nothing changed").isEqualTo(before);
    }

    @Example
    void givenTheSessionsUseCases_whenTheyAreListedByReflection_thenEveryOneThatTakesAnIdIsProbed() {
        Set<String> probed = probes().stream().map(Probe::useCase).collect(Collectors.toSet());
        Set<String> takingIds = useCasesTakingIds();

        assertThat(takingIds).as("the reflection finds the use cases").contains("Contacts.get", "Agenda.importEntries",
                "Pipelines.setUserPipelines", "Cards.stage");
        assertThat(new TreeSet<>(takingIds)).as("use cases that take an id but are not probed here").isSubsetOf(probed);
        assertThat(new TreeSet<>(probed)).as("probes of use cases that take no id").isSubsetOf(takingIds);
    }

    /** Every public method of the use-case interfaces a session hands out that takes a hidden kind of id, as Type.method. */
    static Set<String> useCasesTakingIds() {
        Set<String> found = new HashSet<>();
        for (Method accessor : CrmSession.class.getMethods()) {
            Class<?> useCases = accessor.getReturnType();
            if (accessor.getDeclaringClass() != CrmSession.class || !useCases.isInterface()
                    || !useCases.getPackageName().startsWith("dev.crmkit")) {
                continue;
            }
            for (Method method : useCases.getMethods()) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                for (Type parameter : method.getGenericParameterTypes()) {
                    if (carriesHiddenId(parameter, new HashSet<>())) {
                        found.add(useCases.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        return found;
    }

    private static boolean carriesHiddenId(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return false;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (carriesHiddenId(argument, seen)) {
                    return true;
                }
            }
            return carriesHiddenId(parameterized.getRawType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                if (carriesHiddenId(bound, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof Class<?> type1)) {
            return false;
        }
        if (HIDDEN_ID_TYPES.contains(type1)) {
            return true;
        }
        if (type1.isRecord()) {
            for (RecordComponent component : type1.getRecordComponents()) {
                if (carriesHiddenId(component.getGenericType(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ids a probe uses: the hidden records' ids, or unknown ones (with the same versions). */
    record Ids(AccountId account, ContactId contact, RelationshipId relationship, DocumentId document, AgendaEntryId entry,
               PipelineId pipeline, StageId stage, StageId otherStage, LabelId label, CardId card, CommentId comment,
               DocumentId attachment, SavedFilterId savedFilter, String cursor, Version accountVersion, Version contactVersion,
               Version documentVersion, Version entryVersion, Version pipelineVersion, Version cardVersion, QuoteId quote,
               Version quoteVersion, CaseId serviceCase, DocumentId caseAttachment, Version caseVersion, OrderId order,
               Version orderVersion, SegmentId segment, Version segmentVersion,
               dev.crmkit.common.MessageId message, Version messageVersion) {

        /** Fresh ids of the same kinds, none of which exists anywhere; the same versions and cursor. */
        Ids unknown() {
            return new Ids(AccountId.newId(), ContactId.newId(), RelationshipId.newId(), DocumentId.newId(), AgendaEntryId.newId(),
                    PipelineId.newId(), StageId.newId(), StageId.newId(), LabelId.newId(), CardId.newId(), CommentId.newId(),
                    DocumentId.newId(), SavedFilterId.newId(), cursor, accountVersion, contactVersion, documentVersion,
                    entryVersion, pipelineVersion, cardVersion, QuoteId.newId(), quoteVersion, CaseId.newId(), DocumentId.newId(),
                    caseVersion, OrderId.newId(), orderVersion, SegmentId.newId(),
                    segmentVersion, dev.crmkit.common.MessageId.newId(), messageVersion);
        }
    }

    /** The outsider's own records and catalog entries, which probes combine with a hidden or unknown id. */
    record Mine(UserId self, AccountId account, ContactId contact, AgendaEntryId entry, Version entryVersion, PipelineId pipeline,
                StageId stage, CardId card, Version cardVersion, CatalogEntryId characteristicType, CatalogEntryId interestArea,
                CatalogEntryId relationshipType, SegmentId segment, Version segmentVersion,
                dev.crmkit.campaign.Campaign offer) {}

    /** A tenant with hidden records, and an outsider with records of its own. */
    record World(TenantId tenant, TenantId outsiderTenant, CrmSession admin, CrmSession owner, CrmSession outsiderAdmin,
                 CrmSession session, Ids hidden, Mine mine) {}

    /** One call of a use case with ids. */
    @FunctionalInterface
    interface Call {
        Object run(CrmSession session, Ids ids, Mine mine) throws Exception;
    }

    /**
     * A call of a use case.
     *
     * @param useCase the use case, as {@code Type.method}
     * @param what what the call does with the id
     * @param call the call
     */
    record Probe(String useCase, String what, Call call) {

        @Override
        public String toString() {
            return useCase + " (" + what + ")";
        }
    }

    /**
     * What a call answered, with every id set aside.
     *
     * @param outcome the exception's class, or {@code returned}
     * @param code the error code
     * @param field the field it names
     * @param entity the kind of record not found
     * @param violations the violations: path, code and message
     * @param messages the message in English, Portuguese and Spanish
     */
    record Answer(String outcome, String code, String field, String entity, List<String> violations, List<String> messages) {

        /**
         * Whether the call looked the id up: the record was not found, or the command refers to something unknown (or
         * not where it says); a use case only an administrator may call may refuse an ordinary user before any lookup.
         */
        boolean concernsTheId(boolean ordinaryUser) {
            return outcome.equals("NotFoundException")
                    || violations.stream().anyMatch(v -> v.contains(" UnknownReference ") || v.contains(" NotInStage "))
                    || (ordinaryUser && "access.admin-required".equals(code));
        }
    }

    private static Answer answer(Callable<?> call) {
        try {
            call.call();
            return new Answer("returned", null, null, null, List.of(), List.of());
        } catch (CrmException e) {
            List<String> violations = e instanceof InvalidCommandException invalid ? invalid.violations().stream()
                    .map(v -> v.path() + " " + v.code() + " " + anonymous(v.message())).toList() : List.of();
            List<String> messages = List.of(Locale.ENGLISH, ExpectedMessages.PT_BR, ExpectedMessages.ES).stream()
                    .map(locale -> anonymous(e.getMessage(locale))).toList();
            return new Answer(e.getClass().getSimpleName(), e.code(), e.field().orElse(null),
                    e instanceof NotFoundException notFound ? notFound.entity() : null, violations, messages);
        } catch (Exception e) {
            return new Answer(e.getClass().getName(), null, null, null, List.of(), List.of(String.valueOf(e.getMessage())));
        }
    }

    private static String anonymous(String text) {
        return text == null ? null : UUID.matcher(text).replaceAll("<id>");
    }

    private int events(World world) {
        return published.eventsOf(world.tenant()).size() + published.eventsOf(world.outsiderTenant()).size();
    }

    /** What the tenants' administrators see of every record of the world. */
    record Snapshot(List<Object> views) {}

    private static Snapshot snapshot(World world) {
        List<Object> views = new ArrayList<>();
        for (CrmSession admin : List.of(world.admin(), world.outsiderAdmin())) {
            views.add(admin.accounts().query(dev.crmkit.account.AccountQuery.builder().pageSize(100).build()).items());
            for (Pipeline pipeline : admin.pipelines().list()) {
                views.add(pipeline);
                views.add(admin.cards().board(pipeline.id(), BoardFilter.builder().archived(TriState.ALL).lost(TriState.ALL)
                        .convertedToCustomer(TriState.ALL).convertedToService(TriState.ALL).cardsPerStage(100).build()).columns());
                views.add(admin.pipelines().history(pipeline.id(), null, 100).items());
            }
            views.add(admin.agenda().settings());
        }
        views.add(world.admin().accounts().profile(world.hidden().account()));
        views.add(world.admin().cards().get(world.hidden().card()));
        views.add(world.admin().quotes().get(world.hidden().quote()));
        views.add(world.admin().quotes().revision(world.hidden().quote(), 1));
        views.add(world.admin().orders().get(world.hidden().order()));
        views.add(world.admin().cases().get(world.hidden().serviceCase()));
        views.add(world.admin().cases().history(world.hidden().serviceCase()));
        views.add(world.admin().cases().settings());
        views.add(world.admin().messages().get(world.hidden().message()));
        views.add(world.admin().cases().slaSettings());
        views.add(world.admin().cases().queue(dev.crmkit.casework.CaseQueue.builder().pageSize(100).build()).items());
        views.add(world.owner().pipelines().savedFilters(world.hidden().pipeline()));
        views.add(world.owner().segments().list());
        views.add(world.outsiderAdmin().accounts().profile(world.mine().account()));
        return new Snapshot(views);
    }

    private World world(Outsider kind) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        CatalogEntryId ownersTeam = tenant.addTeam("Owners");
        UserId owner = tenant.addUser(aUser().withId("owner").inTeam(ownersTeam).withScope(AccessScope.TEAM)).id();
        CrmSession asOwner = tenant.as(owner);
        Ids hidden = hiddenRecords(tenant, admin, asOwner, owner);
        TestTenant outsiderTenant = tenant;
        UserId self;
        switch (kind) {
            case PORTFOLIO_USER -> self = tenant.addUser(aUser().withId("outsider").withScope(AccessScope.PORTFOLIO)).id();
            case OTHER_TEAM_USER -> self = tenant.addUser(aUser().withId("outsider").inTeam(tenant.addTeam("Others"))
                    .withScope(AccessScope.TEAM)).id();
            default -> {
                outsiderTenant = newTenant();
                self = outsiderTenant.adminId();
            }
        }
        Mine mine = mine(outsiderTenant, self);
        return new World(tenant.id(), outsiderTenant.id(), admin, asOwner, outsiderTenant.admin(), outsiderTenant.as(self), hidden,
                mine);
    }

    /** The owner's records, which no outsider may see. */
    private Ids hiddenRecords(TestTenant tenant, CrmSession admin, CrmSession asOwner, UserId owner) {
        CatalogEntryId relationshipType = admin.catalogs().createRelationshipType(new CreateRelationshipType("Parent of",
                "Subsidiary of", true)).id();
        Account account = asOwner.accounts().create(anAccount().named("Hidden Prospect Ltda").build()).account();
        Account other = asOwner.accounts().create(anAccount().named("Hidden Subsidiary Ltda").build()).account();
        Contact contact = asOwner.contacts().add(new AddContact(account.id(), ContactDetails.named("Hidden Person")));
        Relationship relationship = asOwner.relationships().create(new CreateRelationship(account.id(), other.id(),
                relationshipType, "hidden"));
        Document document = asOwner.documents().attach(new AttachDocument(account.id(), DocumentKind.OTHER, "Hidden contract",
                "hidden.txt", "text/plain", null, null), bytes("hidden"));
        AgendaEntry entry = asOwner.agenda().create(new CreateAgendaEntry(account.id(), null, null, null, "Hidden visit", null, null,
                null));
        Pipeline pipeline = aPipeline().named("Hidden pipeline").withUsers(owner).createdBy(admin);
        admin.pipelines().addLabel(new AddLabel(pipeline.id(), "Hidden label", "#D73A49"));
        pipeline = admin.pipelines().get(pipeline.id());
        admin.pipelines().attachToBaseCard(pipeline.id(), new AttachFile("base.txt", "text/plain"), bytes("base"));
        pipeline = admin.pipelines().get(pipeline.id());
        Card card = asOwner.cards().create(new CreateCard(pipeline.id(), null, "Hidden card", null, null, null, null, null, null,
                account.id()));
        for (int i = 0; i < 10; i++) {
            asOwner.cards().create(new CreateCard(pipeline.id(), null, "Hidden filler " + i, null, null, null, null, null, null,
                    null));
        }
        asOwner.cards().addComment(new AddComment(card.id(), "Hidden comment"));
        asOwner.cards().attach(card.id(), new AttachFile("hidden.pdf", "application/pdf"), bytes("%PDF hidden"));
        card = asOwner.cards().get(card.id());
        SavedFilter filter = asOwner.pipelines().saveFilter(new SaveBoardFilter(pipeline.id(), "Hidden filter", TEN_PER_STAGE));
        String cursor = asOwner.cards().board(pipeline.id(), TEN_PER_STAGE).columns().get(0).nextCursor();
        assertThat(cursor).as("a real cursor of the hidden pipeline").isNotNull();
        Quote quote = asOwner.quotes().create(CreateQuote.builder(account.id()).currency(Currency.getInstance("BRL"))
                .contact(contact.id()).card(card.id())
                .lines(QuoteLineInput.text("Hidden service", BigDecimal.ONE, BigDecimal.TEN)).build());
        // An order of the other hidden account (its conversion makes that account a customer, and touches no card).
        Quote ordered = asOwner.quotes().create(CreateQuote.builder(other.id()).currency(Currency.getInstance("BRL"))
                .lines(QuoteLineInput.text("Hidden goods", BigDecimal.ONE, BigDecimal.TEN)).build());
        ordered = asOwner.quotes().changeStatus(ChangeQuoteStatus.of(ordered, QuoteStatus.SENT));
        ordered = asOwner.quotes().changeStatus(ChangeQuoteStatus.of(ordered, QuoteStatus.ACCEPTED));
        Order order = asOwner.orders().convert(ConvertQuote.of(ordered)).get(0);
        ServiceCase serviceCase = asOwner.cases().open(new OpenCase(account.id(), CaseDetails.builder("Hidden case",
                CaseChannel.PHONE).contactId(contact.id()).build()));
        asOwner.cases().attach(serviceCase.id(), new AttachFile("case.txt", "text/plain"), bytes("case"));
        serviceCase = asOwner.cases().get(serviceCase.id());
        dev.crmkit.message.Message message = asOwner.messages().log(dev.crmkit.message.LogMessage.builder(account.id(),
                dev.crmkit.message.MessageDirection.INBOUND, dev.crmkit.message.MessageChannel.EMAIL).contact(contact.id())
                .subject("Hidden message").body("Hidden text").occurredAt(START).externalId("hidden-mail")
                .attachments(List.of(document.id())).build());
        Segment segment = asOwner.segments().create(new CreateSegment("Hidden segment", false,
                AccountQuery.builder().openCard(OpenCardFilter.inPipelines(pipeline.id())).build()));
        return new Ids(account.id(), contact.id(), relationship.id(), document.id(), entry.id(), pipeline.id(),
                pipeline.stages().get(0).id(), pipeline.stages().get(1).id(), pipeline.labels().get(0).id(), card.id(),
                card.comments().get(0).id(), card.attachments().get(0).id(), filter.id(), cursor, account.version(),
                contact.version(), document.version(), entry.version(), pipeline.version(), card.version(), quote.id(),
                quote.version(), serviceCase.id(), serviceCase.attachments().get(0).id(), serviceCase.version(), order.id(),
                order.version(), segment.id(), segment.version(), message.id(),
                message.version());
    }

    /** The outsider's own records, in its tenant. */
    private Mine mine(TestTenant tenant, UserId self) {
        CrmSession admin = tenant.admin();
        CatalogEntryId characteristic = admin.catalogs().createCharacteristicType(new CreateCharacteristicType("Size",
                CharacteristicValueType.TEXT, null)).id();
        CatalogEntryId area = tenant.addEntry(CatalogKind.INTEREST_AREA, "Fibre").id();
        CatalogEntryId relationshipType = admin.catalogs().createRelationshipType(new CreateRelationshipType("Partner of",
                "Partner of", false)).id();
        CatalogEntryId visit = tenant.addEntry(CatalogKind.AGENDA_ENTRY_TYPE, "Visit").id();
        admin.agenda().updateSettings(UpdateAgendaSettings.from(admin.agenda().settings()).withTemplates(List.of(
                new AgendaTemplate(TEMPLATE, List.of(new TemplateItem(visit, "First visit", 0, null))))));
        CrmSession session = tenant.as(self);
        Account account = session.accounts().create(anAccount().named("Own Prospect").responsibles(self).build()).account();
        Contact contact = session.contacts().add(new AddContact(account.id(), ContactDetails.named("Own Person")));
        AgendaEntry entry = session.agenda().create(new CreateAgendaEntry(account.id(), null, null, null, "Own visit", null, null,
                null));
        Pipeline pipeline = aPipeline().named("Own pipeline").withUsers(self).createdBy(admin);
        Card card = session.cards().create(new CreateCard(pipeline.id(), null, "Own card", null, null, null, null, null, null,
                account.id()));
        Segment segment = session.segments().create(new CreateSegment("Own segment", false, AccountQuery.builder().build()));
        // A draft offer of the outsider's own, which a launch would have carry a quote.
        dev.crmkit.campaign.Campaign offer = session.campaigns().create(new dev.crmkit.campaign.CreateCampaign("Own offer",
                dev.crmkit.campaign.CampaignKind.OFFER, dev.crmkit.campaign.CampaignPeriod.of(java.time.LocalDate.of(2026, 3, 2),
                        java.time.LocalDate.of(2026, 3, 31)),
                dev.crmkit.campaign.CampaignTarget.recipients(List.of(dev.crmkit.campaign.CampaignRecipient.account(account.id())))));
        return new Mine(self, account.id(), contact.id(), entry.id(), entry.version(), pipeline.id(), pipeline.stages().get(0).id(),
                card.id(), card.version(), characteristic, area, relationshipType, segment.id(), segment.version(), offer);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every probe: each use case that takes an id, with the id in each place a command carries one. */
    static List<Probe> probes() {
        List<Probe> probes = new ArrayList<>();
        // Accounts
        probes.add(new Probe("Accounts.update", "account", (s, i, m) -> s.accounts().update(new UpdateAccount(i.account(),
                anAccount().named("Renamed").details(), i.accountVersion()))));
        probes.add(new Probe("Accounts.classify", "account, versioned", (s, i, m) -> s.accounts().classify(
                new ClassifyAccount(i.account(), Classification.PROSPECT, i.accountVersion()))));
        probes.add(new Probe("Accounts.classify", "account, delta", (s, i, m) -> s.accounts().classify(
                new ClassifyAccount(i.account(), Classification.PROSPECT, null))));
        probes.add(new Probe("Accounts.assignResponsible", "account", (s, i, m) -> s.accounts().assignResponsible(
                new AssignResponsible(i.account(), m.self()))));
        probes.add(new Probe("Accounts.removeResponsible", "account", (s, i, m) -> s.accounts().removeResponsible(
                new RemoveResponsible(i.account(), m.self()))));
        probes.add(new Probe("Accounts.setCharacteristic", "account", (s, i, m) -> s.accounts().setCharacteristic(
                new SetCharacteristicValue(i.account(), m.characteristicType(), "large"))));
        probes.add(new Probe("Accounts.clearCharacteristic", "account", (s, i, m) -> s.accounts().clearCharacteristic(
                new ClearCharacteristicValue(i.account(), m.characteristicType()))));
        probes.add(new Probe("Accounts.markInterest", "account", (s, i, m) -> s.accounts().markInterest(
                new MarkInterest(i.account(), m.interestArea(), InterestKind.INTEREST, null))));
        probes.add(new Probe("Accounts.clearInterest", "account", (s, i, m) -> s.accounts().clearInterest(
                new ClearInterest(i.account(), m.interestArea()))));
        probes.add(new Probe("Accounts.delete", "account", (s, i, m) -> {
            s.accounts().delete(i.account());
            return null;
        }));
        probes.add(new Probe("Accounts.get", "account", (s, i, m) -> s.accounts().get(i.account())));
        probes.add(new Probe("Accounts.profile", "account", (s, i, m) -> s.accounts().profile(i.account())));
        probes.add(new Probe("Accounts.timeline", "account", (s, i, m) -> s.accounts().timeline(i.account(), null, 10)));
        // Contacts
        probes.add(new Probe("Contacts.add", "account", (s, i, m) -> s.contacts().add(new AddContact(i.account(),
                ContactDetails.named("New person")))));
        probes.add(new Probe("Contacts.update", "contact", (s, i, m) -> s.contacts().update(new UpdateContact(i.contact(),
                ContactDetails.named("Renamed"), i.contactVersion()))));
        probes.add(new Probe("Contacts.remove", "contact", (s, i, m) -> {
            s.contacts().remove(i.contact());
            return null;
        }));
        probes.add(new Probe("Contacts.get", "contact", (s, i, m) -> s.contacts().get(i.contact())));
        // Quotes: of a hidden account, or an own account's quote linked to a hidden contact or card.
        List<QuoteLineInput> lines = List.of(QuoteLineInput.text("Service", BigDecimal.ONE, BigDecimal.TEN));
        probes.add(new Probe("Quotes.create", "account", (s, i, m) -> s.quotes().create(CreateQuote.builder(i.account())
                .currency(Currency.getInstance("BRL")).lines(lines).build())));
        probes.add(new Probe("Quotes.create", "contact", (s, i, m) -> s.quotes().create(CreateQuote.builder(m.account())
                .currency(Currency.getInstance("BRL")).contact(i.contact()).lines(lines).build())));
        probes.add(new Probe("Quotes.create", "card", (s, i, m) -> s.quotes().create(CreateQuote.builder(m.account())
                .currency(Currency.getInstance("BRL")).card(i.card()).lines(lines).build())));
        probes.add(new Probe("Quotes.ofAccount", "account", (s, i, m) -> s.quotes().ofAccount(i.account())));
        probes.add(new Probe("Quotes.get", "quote", (s, i, m) -> s.quotes().get(i.quote())));
        probes.add(new Probe("Quotes.revision", "quote", (s, i, m) -> s.quotes().revision(i.quote(), 1)));
        probes.add(new Probe("Quotes.update", "quote", (s, i, m) -> s.quotes().update(new UpdateQuote(i.quote(),
                i.quoteVersion(), LocalDate.of(2026, 12, 31), lines, null))));
        probes.add(new Probe("Quotes.changeStatus", "quote", (s, i, m) -> s.quotes().changeStatus(
                new ChangeQuoteStatus(i.quote(), i.quoteVersion(), QuoteStatus.SENT))));
        probes.add(new Probe("Quotes.approveDiscount", "quote", (s, i, m) -> s.quotes().approveDiscount(
                new DecideQuoteDiscount(i.quote(), i.quoteVersion()))));
        probes.add(new Probe("Quotes.rejectDiscount", "quote", (s, i, m) -> s.quotes().rejectDiscount(
                new DecideQuoteDiscount(i.quote(), i.quoteVersion()))));
        // Orders: of a hidden quote, account or order.
        probes.add(new Probe("Orders.convert", "quote", (s, i, m) -> s.orders().convert(
                new ConvertQuote(i.quote(), i.quoteVersion()))));
        probes.add(new Probe("Orders.ofQuote", "quote", (s, i, m) -> s.orders().ofQuote(i.quote())));
        probes.add(new Probe("Orders.ofAccount", "account", (s, i, m) -> s.orders().ofAccount(i.account(), 10)));
        probes.add(new Probe("Orders.get", "order", (s, i, m) -> s.orders().get(i.order())));
        probes.add(new Probe("Orders.history", "order", (s, i, m) -> s.orders().history(i.order())));
        probes.add(new Probe("Orders.reportProgress", "order", (s, i, m) -> s.orders().reportProgress(
                new ReportOrderProgress(i.order(), i.orderVersion(), OrderStatus.ACCEPTED, null))));
        probes.add(new Probe("Orders.reportProgress", "order, unversioned", (s, i, m) -> s.orders().reportProgress(
                ReportOrderProgress.unversioned(i.order(), OrderStatus.ACCEPTED, null))));
        // Revenue: of a hidden account, or a pipeline the outsider does not use.
        probes.add(new Probe("Revenue.ofCustomer", "account", (s, i, m) -> s.revenue().ofCustomer(i.account())));
        probes.add(new Probe("Revenue.byMonth", "account", (s, i, m) -> s.revenue().byMonth(i.account(),
                java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2026, 12))));
        probes.add(new Probe("Revenue.estimate", "account", (s, i, m) -> s.revenue().estimate(i.account())));
        probes.add(new Probe("Revenue.profitability", "account", (s, i, m) -> s.revenue().profitability(i.account())));
        probes.add(new Probe("Revenue.forecast", "pipeline", (s, i, m) -> s.revenue().forecast(i.pipeline())));
        // A price asked for a hidden account: the account is looked at first, the product never.
        probes.add(new Probe("PriceLists.defaultPrice", "account", (s, i, m) -> s.priceLists().defaultPrice(i.account(),
                ProductId.newId(), LocalDate.of(2026, 3, 10))));
        probes.add(new Probe("Contacts.ofAccount", "account", (s, i, m) -> s.contacts().ofAccount(i.account())));
        // Relationships
        probes.add(new Probe("Relationships.create", "from a hidden account", (s, i, m) -> s.relationships().create(
                new CreateRelationship(i.account(), m.account(), m.relationshipType(), null))));
        probes.add(new Probe("Relationships.create", "to a hidden account", (s, i, m) -> s.relationships().create(
                new CreateRelationship(m.account(), i.account(), m.relationshipType(), null))));
        probes.add(new Probe("Relationships.remove", "relationship", (s, i, m) -> {
            s.relationships().remove(i.relationship());
            return null;
        }));
        probes.add(new Probe("Relationships.of", "account", (s, i, m) -> s.relationships().of(i.account())));
        // Documents
        probes.add(new Probe("Documents.attach", "account", (s, i, m) -> s.documents().attach(new AttachDocument(i.account(),
                DocumentKind.OTHER, null, "new.txt", "text/plain", null, null), bytes("new"))));
        probes.add(new Probe("Documents.update", "document", (s, i, m) -> s.documents().update(new UpdateDocument(i.document(),
                "Renamed", null, null, i.documentVersion()))));
        probes.add(new Probe("Documents.remove", "document", (s, i, m) -> {
            s.documents().remove(i.document());
            return null;
        }));
        probes.add(new Probe("Documents.get", "document", (s, i, m) -> s.documents().get(i.document())));
        probes.add(new Probe("Documents.open", "document", (s, i, m) -> {
            try (DocumentContent content = s.documents().open(i.document())) {
                return content.document();
            }
        }));
        probes.add(new Probe("Documents.ofAccount", "account", (s, i, m) -> s.documents().ofAccount(i.account())));
        // Cases
        probes.add(new Probe("Cases.open", "account", (s, i, m) -> s.cases().open(new OpenCase(i.account(),
                CaseDetails.builder("New", CaseChannel.EMAIL).build()))));
        probes.add(new Probe("Cases.open", "contact inside the command", (s, i, m) -> s.cases().open(new OpenCase(m.account(),
                CaseDetails.builder("New", CaseChannel.EMAIL).contactId(i.contact()).build()))));
        probes.add(new Probe("Cases.update", "case, versioned", (s, i, m) -> s.cases().update(new UpdateCase(i.serviceCase(),
                CaseDetails.builder("Renamed", CaseChannel.EMAIL).build(), i.caseVersion()))));
        probes.add(new Probe("Cases.changeStatus", "case, versioned", (s, i, m) -> s.cases().changeStatus(
                new ChangeCaseStatus(i.serviceCase(), CaseStatus.OPEN, i.caseVersion()))));
        probes.add(new Probe("Cases.comment", "case", (s, i, m) -> s.cases().comment(
                AddCaseComment.publicComment(i.serviceCase(), "Hello"))));
        probes.add(new Probe("Cases.attach", "case", (s, i, m) -> s.cases().attach(i.serviceCase(),
                new AttachFile("new.txt", "text/plain"), bytes("new"))));
        probes.add(new Probe("Cases.removeAttachment", "case and its attachment", (s, i, m) -> s.cases().removeAttachment(
                i.serviceCase(), i.caseAttachment())));
        probes.add(new Probe("Cases.openAttachment", "case and its attachment", (s, i, m) -> {
            try (AttachmentContent content = s.cases().openAttachment(i.serviceCase(), i.caseAttachment())) {
                return content.attachment();
            }
        }));
        probes.add(new Probe("Cases.get", "case", (s, i, m) -> s.cases().get(i.serviceCase())));
        probes.add(new Probe("Cases.forCustomer", "case", (s, i, m) -> s.cases().forCustomer(i.serviceCase())));
        probes.add(new Probe("Cases.history", "case", (s, i, m) -> s.cases().history(i.serviceCase())));
        probes.add(new Probe("Cases.ofAccount", "account", (s, i, m) -> s.cases().ofAccount(i.account())));
        probes.add(new Probe("Cases.sla", "case", (s, i, m) -> s.cases().sla(i.serviceCase())));
        probes.add(new Probe("Cases.queue", "account filter", (s, i, m) -> s.cases().queue(dev.crmkit.casework.CaseQueue.builder()
                .accounts(Set.of(i.account())).build())));
        // Consent
        probes.add(new Probe("Consents.record", "account", (s, i, m) -> s.consents().record(
                dev.crmkit.consent.RecordConsent.grant(dev.crmkit.consent.ConsentSubject.account(i.account()),
                        dev.crmkit.consent.ConsentChannel.EMAIL, "Form"))));
        probes.add(new Probe("Consents.record", "contact of another account", (s, i, m) -> s.consents().record(
                dev.crmkit.consent.RecordConsent.grant(dev.crmkit.consent.ConsentSubject.contact(m.account(), i.contact()),
                        dev.crmkit.consent.ConsentChannel.EMAIL, "Form"))));
        probes.add(new Probe("Consents.current", "account", (s, i, m) -> s.consents().current(i.account())));
        probes.add(new Probe("Consents.history", "account", (s, i, m) -> s.consents().history(i.account())));
        probes.add(new Probe("Consents.check", "account", (s, i, m) -> s.consents().check(
                dev.crmkit.consent.ConsentSubject.account(i.account()), dev.crmkit.consent.ConsentChannel.PHONE)));
        probes.add(new Probe("Consents.check", "contact of another account", (s, i, m) -> s.consents().check(
                dev.crmkit.consent.ConsentSubject.contact(m.account(), i.contact()), dev.crmkit.consent.ConsentChannel.PHONE)));
        probes.add(new Probe("Consents.optOutToken", "account", (s, i, m) -> s.consents().optOutToken(
                dev.crmkit.consent.ConsentSubject.account(i.account()), dev.crmkit.consent.ConsentChannel.EMAIL)));
        // Messages
        probes.add(new Probe("Messages.log", "account", (s, i, m) -> s.messages().log(dev.crmkit.message.LogMessage.builder(
                i.account(), dev.crmkit.message.MessageDirection.INBOUND, dev.crmkit.message.MessageChannel.CALL).body("Hi")
                .occurredAt(START).build())));
        probes.add(new Probe("Messages.log", "contact of another account", (s, i, m) -> s.messages().log(
                dev.crmkit.message.LogMessage.builder(m.account(), dev.crmkit.message.MessageDirection.INBOUND,
                        dev.crmkit.message.MessageChannel.CALL).contact(i.contact()).body("Hi").occurredAt(START).build())));
        probes.add(new Probe("Messages.get", "message", (s, i, m) -> s.messages().get(i.message())));
        probes.add(new Probe("Messages.ofAccount", "account", (s, i, m) -> s.messages().ofAccount(i.account(), true, null, 10)));
        probes.add(new Probe("Messages.search", "account", (s, i, m) -> s.messages().search(
                dev.crmkit.message.MessageSearch.builder().account(i.account()).includeArchived(true).build())));
        probes.add(new Probe("Messages.archive", "message, versioned", (s, i, m) -> s.messages().archive(
                new dev.crmkit.message.ArchiveMessage(i.message(), i.messageVersion(), true))));
        // Campaigns
        probes.add(new Probe("Campaigns.launch", "quote an offer carries", (s, i, m) -> s.campaigns().launch(
                dev.crmkit.campaign.LaunchCampaign.offering(m.offer(), dev.crmkit.campaign.OfferQuotes.same(i.quote())))));
        // Pipelines
        probes.add(new Probe("Pipelines.update", "pipeline", (s, i, m) -> s.pipelines().update(new UpdatePipeline(i.pipeline(),
                "Renamed", "#000000", PipelineSettings.DEFAULT, i.pipelineVersion()))));
        probes.add(new Probe("Pipelines.delete", "pipeline", (s, i, m) -> {
            s.pipelines().delete(i.pipeline());
            return null;
        }));
        probes.add(new Probe("Pipelines.addUser", "pipeline", (s, i, m) -> s.pipelines().addUser(new PipelineUser(i.pipeline(),
                m.self()))));
        probes.add(new Probe("Pipelines.removeUser", "pipeline", (s, i, m) -> s.pipelines().removeUser(new PipelineUser(i.pipeline(),
                m.self()))));
        probes.add(new Probe("Pipelines.setUserPipelines", "pipeline", (s, i, m) -> s.pipelines().setUserPipelines(
                new SetUserPipelines(m.self(), Set.of(i.pipeline(), m.pipeline())))));
        probes.add(new Probe("Pipelines.addStage", "pipeline", (s, i, m) -> s.pipelines().addStage(new AddStage(i.pipeline(),
                new NewStage("New", "#111111", 0), null))));
        probes.add(new Probe("Pipelines.updateStage", "pipeline", (s, i, m) -> s.pipelines().updateStage(new UpdateStage(
                i.pipeline(), i.stage(), "Renamed", "#111111", 0, null, i.pipelineVersion()))));
        probes.add(new Probe("Pipelines.moveStage", "pipeline", (s, i, m) -> s.pipelines().moveStage(new MoveStage(i.pipeline(),
                i.stage(), 1, i.pipelineVersion()))));
        probes.add(new Probe("Pipelines.deleteStage", "pipeline", (s, i, m) -> s.pipelines().deleteStage(new DeleteStage(
                i.pipeline(), i.stage(), i.otherStage(), i.pipelineVersion()))));
        probes.add(new Probe("Pipelines.addLabel", "pipeline", (s, i, m) -> s.pipelines().addLabel(new AddLabel(i.pipeline(), "New",
                "#222222"))));
        probes.add(new Probe("Pipelines.updateLabel", "pipeline", (s, i, m) -> s.pipelines().updateLabel(new UpdateLabel(
                i.pipeline(), i.label(), "Renamed", "#222222", i.pipelineVersion()))));
        probes.add(new Probe("Pipelines.removeLabel", "pipeline", (s, i, m) -> s.pipelines().removeLabel(new RemoveLabel(
                i.pipeline(), i.label()))));
        probes.add(new Probe("Pipelines.updateBaseCard", "pipeline", (s, i, m) -> s.pipelines().updateBaseCard(new UpdateBaseCard(
                i.pipeline(), "Base", Set.of(), Set.of(), List.of(), i.pipelineVersion()))));
        probes.add(new Probe("Pipelines.attachToBaseCard", "pipeline", (s, i, m) -> s.pipelines().attachToBaseCard(i.pipeline(),
                new AttachFile("new.txt", "text/plain"), bytes("new"))));
        probes.add(new Probe("Pipelines.removeBaseCardAttachment", "pipeline", (s, i, m) -> s.pipelines()
                .removeBaseCardAttachment(i.pipeline(), i.attachment())));
        probes.add(new Probe("Pipelines.get", "pipeline", (s, i, m) -> s.pipelines().get(i.pipeline())));
        probes.add(new Probe("Pipelines.history", "pipeline", (s, i, m) -> s.pipelines().history(i.pipeline(), null, 10)));
        probes.add(new Probe("Pipelines.cardHistory", "card", (s, i, m) -> s.pipelines().cardHistory(i.card(), null, 10)));
        probes.add(new Probe("Pipelines.saveFilter", "pipeline", (s, i, m) -> s.pipelines().saveFilter(new SaveBoardFilter(
                i.pipeline(), "Mine", BoardFilter.DEFAULT))));
        probes.add(new Probe("Pipelines.savedFilters", "pipeline", (s, i, m) -> s.pipelines().savedFilters(i.pipeline())));
        probes.add(new Probe("Pipelines.applyFilter", "saved filter", (s, i, m) -> s.pipelines().applyFilter(i.savedFilter())));
        probes.add(new Probe("Pipelines.deleteFilter", "saved filter", (s, i, m) -> {
            s.pipelines().deleteFilter(i.savedFilter());
            return null;
        }));
        probes.add(new Probe("Pipelines.clearFilters", "pipeline", (s, i, m) -> s.pipelines().clearFilters(i.pipeline())));
        // Cards
        probes.add(new Probe("Cards.create", "pipeline", (s, i, m) -> s.cards().create(new CreateCard(i.pipeline(), null, "New",
                null, null, null, null, null, null, null))));
        probes.add(new Probe("Cards.create", "prospect", (s, i, m) -> s.cards().create(new CreateCard(m.pipeline(), null, "New",
                null, null, null, null, null, null, i.account()))));
        probes.add(new Probe("Cards.importCards", "pipeline", (s, i, m) -> s.cards().importCards(new dev.crmkit.pipeline.ImportCards(
                i.pipeline(), List.of(dev.crmkit.pipeline.ImportedCard.named("Imported").build())))));
        probes.add(new Probe("Cards.importCards", "prospect", (s, i, m) -> s.cards().importCards(new dev.crmkit.pipeline.ImportCards(
                m.pipeline(), List.of(dev.crmkit.pipeline.ImportedCard.named("Imported").accountId(i.account()).build())))));
        probes.add(new Probe("Cards.update", "card", (s, i, m) -> s.cards().update(new UpdateCard(i.card(), "Renamed", null, null,
                null, null, null, null, null, i.cardVersion()))));
        probes.add(new Probe("Cards.update", "prospect", (s, i, m) -> s.cards().update(new UpdateCard(m.card(), "Own card", null,
                null, null, null, null, null, i.account(), m.cardVersion()))));
        probes.add(new Probe("Cards.move", "card", (s, i, m) -> s.cards().move(new MoveCard(i.card(), i.otherStage(), null,
                i.cardVersion()))));
        probes.add(new Probe("Cards.move", "after card", (s, i, m) -> s.cards().move(new MoveCard(m.card(), m.stage(), i.card(),
                m.cardVersion()))));
        probes.add(new Probe("Cards.addComment", "card", (s, i, m) -> s.cards().addComment(new AddComment(i.card(), "Hello"))));
        probes.add(new Probe("Cards.editComment", "card", (s, i, m) -> s.cards().editComment(new EditComment(i.card(), i.comment(),
                "Edited"))));
        probes.add(new Probe("Cards.deleteComment", "card", (s, i, m) -> s.cards().deleteComment(new DeleteComment(i.card(),
                i.comment()))));
        probes.add(new Probe("Cards.attach", "card", (s, i, m) -> s.cards().attach(i.card(), new AttachFile("new.pdf",
                "application/pdf"), bytes("%PDF new"))));
        probes.add(new Probe("Cards.removeAttachment", "card", (s, i, m) -> s.cards().removeAttachment(i.card(), i.attachment())));
        probes.add(new Probe("Cards.openAttachment", "card", (s, i, m) -> {
            try (AttachmentContent content = s.cards().openAttachment(i.card(), i.attachment())) {
                return content.attachment();
            }
        }));
        probes.add(new Probe("Cards.archive", "card, versioned", (s, i, m) -> s.cards().archive(new CardOutcome(i.card(),
                i.cardVersion()))));
        probes.add(new Probe("Cards.archive", "card, delta", (s, i, m) -> s.cards().archive(new CardOutcome(i.card(), null))));
        probes.add(new Probe("Cards.unarchive", "card", (s, i, m) -> s.cards().unarchive(new CardOutcome(i.card(), null))));
        probes.add(new Probe("Cards.markLost", "card", (s, i, m) -> s.cards().markLost(new MarkCardLost(i.card(), "Price",
                i.cardVersion()))));
        probes.add(new Probe("Cards.reopen", "card", (s, i, m) -> s.cards().reopen(new CardOutcome(i.card(), null))));
        probes.add(new Probe("Cards.convertToCustomer", "card", (s, i, m) -> s.cards().convertToCustomer(new CardOutcome(i.card(),
                i.cardVersion()))));
        probes.add(new Probe("Cards.convertToService", "card", (s, i, m) -> s.cards().convertToService(new ConvertCardToService(
                i.card(), "S-1", i.cardVersion()))));
        probes.add(new Probe("Cards.delete", "card", (s, i, m) -> {
            s.cards().delete(new DeleteCard(i.card(), true));
            return null;
        }));
        probes.add(new Probe("Cards.get", "card", (s, i, m) -> s.cards().get(i.card())));
        probes.add(new Probe("Cards.board", "pipeline", (s, i, m) -> s.cards().board(i.pipeline(), TEN_PER_STAGE)));
        probes.add(new Probe("Cards.stage", "pipeline", (s, i, m) -> s.cards().stage(i.pipeline(), i.stage(), TEN_PER_STAGE,
                i.cursor())));
        // Agenda
        probes.add(new Probe("Agenda.create", "account", (s, i, m) -> s.agenda().create(new CreateAgendaEntry(i.account(), null,
                null, null, "Visit", null, null, null))));
        probes.add(new Probe("Agenda.create", "contact", (s, i, m) -> s.agenda().create(new CreateAgendaEntry(null, i.contact(),
                null, null, "Visit", null, null, null))));
        probes.add(new Probe("Agenda.create", "contact of another account", (s, i, m) -> s.agenda().create(new CreateAgendaEntry(
                m.account(), i.contact(), null, null, "Visit", null, null, null))));
        probes.add(new Probe("Agenda.create", "card", (s, i, m) -> s.agenda().create(new CreateAgendaEntry(m.account(), null,
                i.card(), null, "Visit", null, null, null))));
        probes.add(new Probe("Agenda.edit", "entry", (s, i, m) -> s.agenda().edit(new EditAgendaEntry(i.entry(), null, null, null,
                "Edited", null, m.self(), i.entryVersion()))));
        probes.add(new Probe("Agenda.edit", "contact", (s, i, m) -> s.agenda().edit(new EditAgendaEntry(m.entry(), i.contact(),
                null, null, "Own visit", null, m.self(), m.entryVersion()))));
        probes.add(new Probe("Agenda.edit", "card", (s, i, m) -> s.agenda().edit(new EditAgendaEntry(m.entry(), null, i.card(),
                null, "Own visit", null, m.self(), m.entryVersion()))));
        probes.add(new Probe("Agenda.conclude", "entry", (s, i, m) -> s.agenda().conclude(new AgendaEntryAt(i.entry(),
                i.entryVersion()))));
        probes.add(new Probe("Agenda.reopen", "entry", (s, i, m) -> s.agenda().reopen(new AgendaEntryAt(i.entry(),
                i.entryVersion()))));
        probes.add(new Probe("Agenda.delete", "entry", (s, i, m) -> s.agenda().delete(new DeleteAgendaEntries(List.of(m.entry(),
                i.entry())))));
        probes.add(new Probe("Agenda.dispatch", "case", (s, i, m) -> s.agenda().dispatch(dev.crmkit.agenda.DispatchIntervention
                .builder("Sneaky visit", new dev.crmkit.agenda.Schedule.AnyTimeOn(LocalDate.of(2026, 3, 9)), m.self())
                .caseId(i.serviceCase()).build())));
        probes.add(new Probe("Agenda.dispatch", "account", (s, i, m) -> s.agenda().dispatch(dev.crmkit.agenda.DispatchIntervention
                .builder("Sneaky visit", new dev.crmkit.agenda.Schedule.AnyTimeOn(LocalDate.of(2026, 3, 9)), m.self())
                .accountId(i.account()).build())));
        probes.add(new Probe("Agenda.concludeIntervention", "entry", (s, i, m) -> s.agenda().concludeIntervention(
                new dev.crmkit.agenda.ConcludeIntervention(new AgendaEntryAt(i.entry(), i.entryVersion()), "Done", List.of(), null))));
        probes.add(new Probe("Agenda.ofCase", "case", (s, i, m) -> s.agenda().ofCase(i.serviceCase())));
        probes.add(new Probe("Agenda.attach", "entry", (s, i, m) -> s.agenda().attach(i.entry(),
                new AttachFile("entry.txt", "text/plain"), bytes("entry"))));
        probes.add(new Probe("Agenda.removeAttachment", "entry", (s, i, m) -> s.agenda().removeAttachment(i.entry(),
                i.attachment())));
        probes.add(new Probe("Agenda.openAttachment", "entry", (s, i, m) -> {
            try (AttachmentContent content = s.agenda().openAttachment(i.entry(), i.attachment())) {
                return content.attachment();
            }
        }));
        probes.add(new Probe("Satisfaction.survey", "case", (s, i, m) -> s.satisfaction().survey(i.serviceCase())));
        probes.add(new Probe("Agenda.get", "entry", (s, i, m) -> s.agenda().get(i.entry())));
        probes.add(new Probe("Agenda.ofAccount", "account", (s, i, m) -> s.agenda().ofAccount(i.account())));
        probes.add(new Probe("Agenda.applyTemplate", "account", (s, i, m) -> s.agenda().applyTemplate(new ApplyAgendaTemplate(
                TEMPLATE, i.account(), null, null, LocalDate.of(2026, 3, 9), null))));
        probes.add(new Probe("Agenda.applyTemplate", "contact", (s, i, m) -> s.agenda().applyTemplate(new ApplyAgendaTemplate(
                TEMPLATE, null, i.contact(), null, LocalDate.of(2026, 3, 9), null))));
        probes.add(new Probe("Agenda.applyTemplate", "card", (s, i, m) -> s.agenda().applyTemplate(new ApplyAgendaTemplate(
                TEMPLATE, m.account(), null, i.card(), LocalDate.of(2026, 3, 9), null))));
        probes.add(new Probe("Agenda.importEntries", "account", (s, i, m) -> s.agenda().importEntries(new ImportAgendaEntries(
                List.of(new ImportedAgendaEntry(m.account(), null, null, "Own", null, false, null, null),
                        new ImportedAgendaEntry(i.account(), null, null, "Visit", null, false, null, null))))));
        probes.add(new Probe("Agenda.importEntries", "contact", (s, i, m) -> s.agenda().importEntries(new ImportAgendaEntries(
                List.of(new ImportedAgendaEntry(null, i.contact(), null, "Visit", null, false, null, null))))));
        probes.add(new Probe("Agenda.updateSettings", "periodic call's account", (s, i, m) -> {
            AgendaSettings current = s.agenda().settings();
            return s.agenda().updateSettings(new UpdateAgendaSettings(current.legacyNoonIsAnyTime(), current.contractNoticeDays(),
                    current.followUpStagnantCards(), current.paymentReminders(),
                    List.of(new PeriodicCall(i.account(), 30, LocalDate.of(2026, 3, 9), m.self(), null)), current.templates(),
                    current.version()));
        }));
        // Reports
        probes.add(new Probe("Reports.pipeline", "pipeline", (s, i, m) -> s.reports().pipeline(i.pipeline())));
        // Segments: the owner's private segment, and pipelines named inside a query
        probes.add(new Probe("Segments.get", "segment", (s, i, m) -> s.segments().get(i.segment())));
        probes.add(new Probe("Segments.count", "segment", (s, i, m) -> s.segments().count(i.segment())));
        probes.add(new Probe("Segments.preview", "segment", (s, i, m) -> s.segments().preview(i.segment(), null)));
        probes.add(new Probe("Segments.update", "segment, versioned", (s, i, m) -> s.segments().update(new UpdateSegment(
                i.segment(), "Renamed", true, AccountQuery.builder().build(), i.segmentVersion()))));
        probes.add(new Probe("Segments.update", "pipeline inside the query", (s, i, m) -> s.segments().update(new UpdateSegment(
                m.segment(), "Renamed", true, AccountQuery.builder().openCard(OpenCardFilter.inPipelines(i.pipeline())).build(),
                m.segmentVersion()))));
        probes.add(new Probe("Segments.delete", "segment, versioned", (s, i, m) -> {
            s.segments().delete(new DeleteSegment(i.segment(), i.segmentVersion()));
            return null;
        }));
        probes.add(new Probe("Segments.create", "pipeline inside the query", (s, i, m) -> s.segments().create(new CreateSegment(
                "Cards", false, AccountQuery.builder().openCard(OpenCardFilter.inPipelines(i.pipeline())).build()))));
        probes.add(new Probe("Accounts.query", "pipeline inside the query", (s, i, m) -> s.accounts().query(
                AccountQuery.builder().openCard(OpenCardFilter.inPipelines(i.pipeline())).build())));
        return probes;
    }
}
