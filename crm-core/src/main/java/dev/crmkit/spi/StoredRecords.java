package dev.crmkit.spi;

import dev.crmkit.casework.SurveyAnswer;
import dev.crmkit.casework.Survey;
import dev.crmkit.agenda.WorkReport;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.AccessWiring;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountDetails;
import dev.crmkit.account.AccountWiring;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.account.Classification;
import dev.crmkit.account.Interest;
import dev.crmkit.account.TaxIdAcceptance;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaStatus;
import dev.crmkit.agenda.AgendaWiring;
import dev.crmkit.agenda.Recurrence;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.casework.CaseComment;
import dev.crmkit.casework.CaseDetails;
import dev.crmkit.casework.CaseStatus;
import dev.crmkit.casework.ClockPause;
import dev.crmkit.casework.SlaTimes;
import dev.crmkit.casework.CaseWiring;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CatalogWiring;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.StoreException;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactDetails;
import dev.crmkit.contact.ContactWiring;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.document.DocumentWiring;
import dev.crmkit.pipeline.Attachment;
import dev.crmkit.pipeline.BaseCard;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.Label;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.PipelineSettings;
import dev.crmkit.pipeline.PipelineWiring;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.discount.DiscountTerms;
import dev.crmkit.discount.DiscountWiring;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.product.Product;
import dev.crmkit.segment.Segment;
import dev.crmkit.segment.SegmentWiring;
import dev.crmkit.common.SegmentId;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.product.ProductDetails;
import dev.crmkit.product.ProductWiring;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.quote.Quote;
import dev.crmkit.order.Order;
import dev.crmkit.order.OrderLine;
import dev.crmkit.order.OrderStep;
import dev.crmkit.order.OrderWiring;
import dev.crmkit.product.ProductRoute;
import dev.crmkit.common.OrderId;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.quote.QuoteStatus;
import dev.crmkit.quote.QuoteWiring;
import java.util.Currency;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.relationship.RelationshipWiring;
import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a persistence adapter rebuilds the aggregates it stored: the one place outside the capability packages that
 * makes an aggregate from its stored fields.
 *
 * <p>An aggregate's state transitions and its {@code reconstitute} factory are package-private, so that a host can
 * change nothing except through a use case. An adapter still has to turn rows (or JSON, or its own maps) back into
 * aggregates; it does so here, with the same arguments the aggregate's own factory takes:
 *
 * <pre>{@code
 * Account account = StoredRecords.account(id, classification, details, responsibles, characteristics, interests,
 *         logoId, taxIdAcceptance, createdBy, createdAt, updatedAt, version);
 * }</pre>
 *
 * <p>Each capability's wiring hands its package-private factory over when its class is initialized (a
 * <em>shared secret</em>: the factory is reachable from here and nowhere else outside its package); this class
 * initializes that wiring on first use, so an adapter needs no set-up. Only the owning wiring may register a factory,
 * and only once.
 *
 * <p>An aggregate made here is what the adapter loaded, not a change: storing anything still takes a unit of work, and
 * a host reaches units of work only through the use cases.
 */
public final class StoredRecords {

    /** Which wiring owns each kind of factory. */
    private static final Map<Class<?>, Class<?>> OWNERS = Map.ofEntries(
            Map.entry(TenantFactory.class, AccessWiring.class),
            Map.entry(UserFactory.class, AccessWiring.class),
            Map.entry(CatalogEntryFactory.class, CatalogWiring.class),
            Map.entry(AccountFactory.class, AccountWiring.class),
            Map.entry(ContactFactory.class, ContactWiring.class),
            Map.entry(DocumentFactory.class, DocumentWiring.class),
            Map.entry(RelationshipFactory.class, RelationshipWiring.class),
            Map.entry(AgendaEntryFactory.class, AgendaWiring.class),
            Map.entry(PipelineFactory.class, PipelineWiring.class),
            Map.entry(CardFactory.class, PipelineWiring.class),
            Map.entry(ProductFactory.class, ProductWiring.class),
            Map.entry(QuoteFactory.class, QuoteWiring.class),
            Map.entry(OrderFactory.class, OrderWiring.class),
            Map.entry(CaseFactory.class, CaseWiring.class),
            Map.entry(SurveyFactory.class, CaseWiring.class),
            Map.entry(DiscountPolicyFactory.class, DiscountWiring.class),
            Map.entry(SegmentFactory.class, SegmentWiring.class));

    private static final Map<Class<?>, Object> FACTORIES = new ConcurrentHashMap<>();

    private StoredRecords() {}

    /**
     * Hands a capability's factory over. Called by the owning {@code <Capability>Wiring} from its static initializer;
     * any other caller, or a second registration, is refused.
     *
     * @param kind the kind of factory
     * @param factory the factory
     * @param <F> the kind of factory
     * @throws IllegalStateException when the caller does not own that kind, or it is registered already
     */
    public static <F> void register(Class<F> kind, F factory) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (OWNERS.get(kind) != caller) {
            throw new IllegalStateException(caller.getName() + " may not register " + kind.getSimpleName());
        }
        if (FACTORIES.putIfAbsent(kind, kind.cast(factory)) != null) {
            throw new IllegalStateException(kind.getSimpleName() + " is registered already");
        }
    }

    private static <F> F factory(Class<F> kind) {
        Object factory = FACTORIES.get(kind);
        if (factory == null) {
            try {
                // The owning wiring registers its factory while it is initialized.
                MethodHandles.lookup().ensureInitialized(OWNERS.get(kind));
            } catch (IllegalAccessException e) {
                throw new StoreException("cannot initialize " + OWNERS.get(kind).getName(), e);
            }
            factory = FACTORIES.get(kind);
        }
        return kind.cast(factory);
    }

    /**
     * A stored tenant.
     *
     * @param id the id
     * @param name the name
     * @param timeZone the time zone
     * @param defaultLocale the default locale
     * @param otherClassificationName the name of the "other" classification
     * @param createdAt when it was created
     * @param version the stored version
     * @return the tenant
     */
    public static Tenant tenant(TenantId id, String name, ZoneId timeZone, Locale defaultLocale, String otherClassificationName,
            Instant createdAt, Version version) {
        return factory(TenantFactory.class).tenant(id, name, timeZone, defaultLocale, otherClassificationName, createdAt, version);
    }

    /**
     * A stored CRM user.
     *
     * @param id the id
     * @param displayName the display name
     * @param active whether the user is active
     * @param teamId the team, or {@code null}
     * @param scope the access scope
     * @param admin whether the user administers the tenant
     * @param locale the user's own language, or {@code null} for the tenant's
     * @param createdAt when it was created
     * @param version the stored version
     * @return the user
     */
    public static CrmUser user(UserId id, String displayName, boolean active, CatalogEntryId teamId, AccessScope scope,
            boolean admin, Locale locale, Instant createdAt, Version version) {
        return factory(UserFactory.class).user(id, displayName, active, teamId, scope, admin, locale, createdAt, version);
    }

    /**
     * A stored quote at its current revision.
     *
     * @param id the id
     * @param sequence the tenant's count of it
     * @param number its number as it reads
     * @param accountId its account
     * @param contactId its contact, or {@code null}
     * @param cardId its card, or {@code null}
     * @param currency its currency
     * @param status its status
     * @param revision its current revision
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the quote
     */
    public static Quote quote(QuoteId id, long sequence, String number, AccountId accountId, ContactId contactId,
            CardId cardId, Currency currency, QuoteStatus status, QuoteRevision revision, Instant createdAt,
            Instant updatedAt, Version version) {
        return factory(QuoteFactory.class).quote(id, sequence, number, accountId, contactId, cardId, currency, status,
                revision, createdAt, updatedAt, version);
    }

    /**
     * A stored discount policy.
     *
     * @param id the id
     * @param terms what it says
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the policy
     */
    public static DiscountPolicy discountPolicy(DiscountPolicyId id, DiscountTerms terms, Instant createdAt,
            Instant updatedAt, Version version) {
        return factory(DiscountPolicyFactory.class).discountPolicy(id, terms, createdAt, updatedAt, version);
    }

    /**
     * A stored order.
     *
     * @param id the id
     * @param number its number
     * @param quoteId the quote it was converted from
     * @param quoteRevision the quote's revision its lines were copied from
     * @param accountId its account
     * @param contactId the quote's contact, or {@code null}
     * @param cardId the quote's card, or {@code null}
     * @param route its route
     * @param currency its currency
     * @param lines its lines
     * @param invoiceReference its invoice reference, or {@code null}
     * @param steps its steps, oldest first
     * @param version the stored version
     * @return the order
     */
    public static Order order(OrderId id, String number, QuoteId quoteId, int quoteRevision, AccountId accountId,
            ContactId contactId, CardId cardId, ProductRoute route, Currency currency, List<OrderLine> lines,
            String invoiceReference, List<OrderStep> steps, Version version) {
        return factory(OrderFactory.class).order(id, number, quoteId, quoteRevision, accountId, contactId, cardId, route,
                currency, lines, invoiceReference, steps, version);
    }

    /**
     * A stored segment.
     *
     * @param id the id
     * @param owner the owner
     * @param name the name
     * @param shared whether every user of the tenant sees it
     * @param criteria the query
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the segment
     */
    public static Segment segment(SegmentId id, UserId owner, String name, boolean shared, AccountQuery criteria,
            Instant createdAt, Instant updatedAt, Version version) {
        return factory(SegmentFactory.class).segment(id, owner, name, shared, criteria, createdAt, updatedAt, version);
    }

    /**
     * A stored product.
     *
     * @param id the id
     * @param details the details
     * @param active whether it may go on new quotes
     * @param createdAt when it was created
     * @param updatedAt when it last changed
     * @param version the stored version
     * @return the product
     */
    public static Product product(ProductId id, ProductDetails details, boolean active, Instant createdAt,
            Instant updatedAt, Version version) {
        return factory(ProductFactory.class).product(id, details, active, createdAt, updatedAt, version);
    }

    /**
     * A stored catalog entry.
     *
     * @param id the id
     * @param kind the catalog
     * @param name the name
     * @param details the kind-specific details
     * @param active whether the entry is active
     * @param createdAt when it was created
     * @param version the stored version
     * @return the entry
     */
    public static CatalogEntry catalogEntry(CatalogEntryId id, CatalogKind kind, String name, CatalogDetails details,
            boolean active, Instant createdAt, Version version) {
        return factory(CatalogEntryFactory.class).catalogEntry(id, kind, name, details, active, createdAt, version);
    }

    /**
     * A stored account.
     *
     * @param id the id
     * @param classification the classification
     * @param details the details
     * @param responsibles the responsibles
     * @param characteristics the characteristic values by characteristic type
     * @param interests the interests by area
     * @param logoId the logo document, or {@code null}
     * @param taxIdAcceptance who accepted the warning its tax id raises, and when, or {@code null}
     * @param createdBy who created it
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version the stored version
     * @return the account
     */
    public static Account account(AccountId id, Classification classification, AccountDetails details,
            Set<UserId> responsibles, Map<CatalogEntryId, CharacteristicValue> characteristics,
            Map<CatalogEntryId, Interest> interests, DocumentId logoId, TaxIdAcceptance taxIdAcceptance, UserId createdBy,
            Instant createdAt, Instant updatedAt, Version version) {
        return factory(AccountFactory.class).account(id, classification, details, responsibles, characteristics, interests,
                logoId, taxIdAcceptance, createdBy, createdAt, updatedAt, version);
    }

    /**
     * A stored contact.
     *
     * @param id the id
     * @param accountId its account
     * @param details the details
     * @param createdBy who created it
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version the stored version
     * @return the contact
     */
    public static Contact contact(ContactId id, AccountId accountId, ContactDetails details, UserId createdBy,
            Instant createdAt, Instant updatedAt, Version version) {
        return factory(ContactFactory.class).contact(id, accountId, details, createdBy, createdAt, updatedAt, version);
    }

    /**
     * A stored document's description (its content lives in the document store).
     *
     * @param id the id
     * @param accountId its account
     * @param kind its kind
     * @param title the title
     * @param fileName the file name
     * @param mediaType the media type
     * @param size the size in bytes
     * @param sha256 the content's SHA-256, in hex
     * @param validFrom the start of validity, or {@code null}
     * @param validUntil the end of validity, or {@code null}
     * @param uploadedBy who uploaded it
     * @param uploadedAt when it was uploaded
     * @param version the stored version
     * @return the document
     */
    public static Document document(DocumentId id, AccountId accountId, DocumentKind kind, String title, String fileName,
            String mediaType, long size, String sha256, LocalDate validFrom, LocalDate validUntil, UserId uploadedBy,
            Instant uploadedAt, Version version) {
        return factory(DocumentFactory.class).document(id, accountId, kind, title, fileName, mediaType, size, sha256,
                validFrom, validUntil, uploadedBy, uploadedAt, version);
    }

    /**
     * A stored relationship between two accounts.
     *
     * @param id the id
     * @param from the account it goes from
     * @param to the account it goes to
     * @param typeId the relationship type
     * @param reason the reason, or {@code null}
     * @param createdBy who created it
     * @param createdAt when it was created
     * @param version the stored version
     * @return the relationship
     */
    public static Relationship relationship(RelationshipId id, AccountId from, AccountId to, CatalogEntryId typeId,
            String reason, UserId createdBy, Instant createdAt, Version version) {
        return factory(RelationshipFactory.class).relationship(id, from, to, typeId, reason, createdBy, createdAt, version);
    }

    /**
     * A stored agenda entry.
     *
     * @param id the id
     * @param accountId its account
     * @param contactId its contact, or {@code null}
     * @param cardId its card, or {@code null}
     * @param typeId its type, or {@code null}
     * @param description the description
     * @param schedule when it is due, or {@code null}
     * @param status the status
     * @param userId whose entry it is
     * @param createdBy who created it, or {@code null} when a rule did
     * @param createdAt when it was created
     * @param modifiedAt when it was last changed
     * @param concludedAt when it was concluded, or {@code null}
     * @param recurrence how it repeats, or {@code null}
     * @param seriesId the first entry of its series, or {@code null}
     * @param seriesStart the date its series started, or {@code null}
     * @param occurrence its number in the series
     * @param dedupeKey the key a rule made it under, or {@code null}
     * @param caseId the service case it serves, or {@code null}
     * @param onSite whether it is an on-site intervention
     * @param attachments its attached files
     * @param workReport its work report, or {@code null}
     * @param version the stored version
     * @return the entry
     */
    public static AgendaEntry agendaEntry(AgendaEntryId id, AccountId accountId, ContactId contactId, CardId cardId,
            CatalogEntryId typeId, String description, Schedule schedule, AgendaStatus status, UserId userId,
            UserId createdBy, Instant createdAt, Instant modifiedAt, Instant concludedAt, Recurrence recurrence,
            AgendaEntryId seriesId, LocalDate seriesStart, int occurrence, String dedupeKey, CaseId caseId, boolean onSite,
            List<Attachment> attachments, WorkReport workReport, Version version) {
        return factory(AgendaEntryFactory.class).agendaEntry(id, accountId, contactId, cardId, typeId, description, schedule,
                status, userId, createdBy, createdAt, modifiedAt, concludedAt, recurrence, seriesId, seriesStart, occurrence,
                dedupeKey, caseId, onSite, attachments, workReport, version);
    }

    /**
     * A stored pipeline.
     *
     * @param id the id
     * @param name the name
     * @param color the color
     * @param users the users who work on it
     * @param stages the stages, in board order
     * @param labels the labels
     * @param baseCard the base card new cards start from
     * @param settings the settings
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version the stored version
     * @return the pipeline
     */
    public static Pipeline pipeline(PipelineId id, String name, String color, Set<UserId> users, List<Stage> stages,
            List<Label> labels, BaseCard baseCard, PipelineSettings settings, Instant createdAt, Instant updatedAt,
            Version version) {
        return factory(PipelineFactory.class).pipeline(id, name, color, users, stages, labels, baseCard, settings, createdAt,
                updatedAt, version);
    }

    /**
     * An empty builder of a stored card: the adapter sets every field it stored, then builds.
     *
     * @return the builder
     */
    public static Card.Builder card() {
        return factory(CardFactory.class).card(null);
    }

    /**
     * A builder holding a card's state, to store a copy with some fields changed (for example its version).
     *
     * @param card the card
     * @return the builder
     */
    public static Card.Builder card(Card card) {
        return factory(CardFactory.class).card(java.util.Objects.requireNonNull(card, "card"));
    }

    /** The access capability's factory of tenants. */
    @FunctionalInterface
    public interface TenantFactory {
        /**
         * @param id the id
         * @param name the name
         * @param timeZone the time zone
         * @param defaultLocale the default locale
         * @param otherClassificationName the name of the "other" classification
         * @param createdAt when it was created
         * @param version the stored version
         * @return the tenant
         */
        Tenant tenant(TenantId id, String name, ZoneId timeZone, Locale defaultLocale, String otherClassificationName,
                Instant createdAt, Version version);
    }

    /** The access capability's factory of users. */
    @FunctionalInterface
    public interface UserFactory {
        /**
         * @param id the id
         * @param displayName the display name
         * @param active whether the user is active
         * @param teamId the team, or {@code null}
         * @param scope the access scope
         * @param admin whether the user administers the tenant
         * @param createdAt when it was created
         * @param version the stored version
         * @return the user
         */
        CrmUser user(UserId id, String displayName, boolean active, CatalogEntryId teamId, AccessScope scope, boolean admin,
                Locale locale, Instant createdAt, Version version);
    }

    /** The discount capability's factory of policies. */
    @FunctionalInterface
    public interface DiscountPolicyFactory {
        /**
         * @param id the id
         * @param terms what it says
         * @param createdAt when it was created
         * @param updatedAt when it last changed
         * @param version the stored version
         * @return the policy
         */
        DiscountPolicy discountPolicy(DiscountPolicyId id, DiscountTerms terms, Instant createdAt, Instant updatedAt,
                Version version);
    }

    /** The quote capability's factory of quotes. */
    @FunctionalInterface
    public interface QuoteFactory {
        /**
         * @param id the id
         * @param sequence the tenant's count of it
         * @param number its number as it reads
         * @param accountId its account
         * @param contactId its contact, or {@code null}
         * @param cardId its card, or {@code null}
         * @param currency its currency
         * @param status its status
         * @param revision its current revision
         * @param createdAt when it was created
         * @param updatedAt when it last changed
         * @param version the stored version
         * @return the quote
         */
        Quote quote(QuoteId id, long sequence, String number, AccountId accountId, ContactId contactId, CardId cardId,
                Currency currency, QuoteStatus status, QuoteRevision revision, Instant createdAt, Instant updatedAt,
                Version version);
    }

    /** The order capability's factory of orders. */
    @FunctionalInterface
    public interface OrderFactory {
        /**
         * @param id the id
         * @param number its number
         * @param quoteId the quote it was converted from
         * @param quoteRevision the quote's revision its lines were copied from
         * @param accountId its account
         * @param contactId the quote's contact, or {@code null}
         * @param cardId the quote's card, or {@code null}
         * @param route its route
         * @param currency its currency
         * @param lines its lines
         * @param invoiceReference its invoice reference, or {@code null}
         * @param steps its steps, oldest first
         * @param version the stored version
         * @return the order
         */
        Order order(OrderId id, String number, QuoteId quoteId, int quoteRevision, AccountId accountId,
                ContactId contactId, CardId cardId, ProductRoute route, Currency currency, List<OrderLine> lines,
                String invoiceReference, List<OrderStep> steps, Version version);
    }

    /**
     * A stored service case.
     *
     * @param id the id
     * @param number its number in the tenant
     * @param accountId the account
     * @param details what it says and who works on it
     * @param status where it stands
     * @param openedBy who opened it
     * @param createdAt when it was opened
     * @param updatedAt when it last changed
     * @param resolvedAt when it was resolved, or {@code null}
     * @param closedAt when it was closed, or {@code null}
     * @param comments its comments, oldest first
     * @param attachments its attachments
     * @param firstResponse its first-response clock
     * @param resolution its resolution clock
     * @param pauses the spans its resolution clock stood still and then resumed
     * @param version the stored version
     * @return the case
     */
    public static ServiceCase serviceCase(CaseId id, long number, AccountId accountId, CaseDetails details,
            CaseStatus status, UserId openedBy, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt,
            List<CaseComment> comments, List<Attachment> attachments, SlaTimes firstResponse, SlaTimes resolution,
            List<ClockPause> pauses, Version version) {
        return factory(CaseFactory.class).serviceCase(id, number, accountId, details, status, openedBy, createdAt, updatedAt,
                resolvedAt, closedAt, comments, attachments, firstResponse, resolution, pauses, version);
    }

    /**
     * A stored satisfaction survey.
     *
     * @param caseId the case
     * @param accountId its account
     * @param tokenHash the SHA-256 of its token, hex
     * @param issuedAt when it was issued
     * @param categoryId the case's category then, or {@code null}
     * @param teamId the case's team then, or {@code null}
     * @param assigneeId the case's assignee then, or {@code null}
     * @param firstResponseMet whether the first response met its target, or {@code null} without one
     * @param resolutionMet whether the resolution met its target, or {@code null} without one
     * @param answer the answer, or {@code null}
     * @param version the stored version
     * @return the survey
     */
    public static Survey survey(CaseId caseId, AccountId accountId, String tokenHash, Instant issuedAt,
            CatalogEntryId categoryId, CatalogEntryId teamId, UserId assigneeId, Boolean firstResponseMet, Boolean resolutionMet,
            SurveyAnswer answer, Version version) {
        return factory(SurveyFactory.class).survey(caseId, accountId, tokenHash, issuedAt, categoryId, teamId, assigneeId,
                firstResponseMet, resolutionMet, answer, version);
    }

    /** The case capability's factory of satisfaction surveys. */
    @FunctionalInterface
    public interface SurveyFactory {
        /**
         * @param caseId the case
         * @param accountId its account
         * @param tokenHash the SHA-256 of its token, hex
         * @param issuedAt when it was issued
         * @param categoryId the case's category then, or {@code null}
         * @param teamId the case's team then, or {@code null}
         * @param assigneeId the case's assignee then, or {@code null}
         * @param firstResponseMet whether the first response met its target, or {@code null} without one
         * @param resolutionMet whether the resolution met its target, or {@code null} without one
         * @param answer the answer, or {@code null}
         * @param version the stored version
         * @return the survey
         */
        Survey survey(CaseId caseId, AccountId accountId, String tokenHash, Instant issuedAt, CatalogEntryId categoryId,
                CatalogEntryId teamId, UserId assigneeId, Boolean firstResponseMet, Boolean resolutionMet, SurveyAnswer answer,
                Version version);
    }

    /** The case capability's factory of service cases. */
    @FunctionalInterface
    public interface CaseFactory {
        /**
         * @param id the id
         * @param number its number in the tenant
         * @param accountId the account
         * @param details what it says and who works on it
         * @param status where it stands
         * @param openedBy who opened it
         * @param createdAt when it was opened
         * @param updatedAt when it last changed
         * @param resolvedAt when it was resolved, or {@code null}
         * @param closedAt when it was closed, or {@code null}
         * @param comments its comments, oldest first
         * @param attachments its attachments
         * @param firstResponse its first-response clock
         * @param resolution its resolution clock
         * @param pauses the spans its resolution clock stood still and then resumed
         * @param version the stored version
         * @return the case
         */
        ServiceCase serviceCase(CaseId id, long number, AccountId accountId, CaseDetails details, CaseStatus status,
                UserId openedBy, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt,
                List<CaseComment> comments, List<Attachment> attachments, SlaTimes firstResponse, SlaTimes resolution,
            List<ClockPause> pauses, Version version);
    }

    /** The segment capability's factory of segments. */
    @FunctionalInterface
    public interface SegmentFactory {
        /**
         * @param id the id
         * @param owner the owner
         * @param name the name
         * @param shared whether every user of the tenant sees it
         * @param criteria the query
         * @param createdAt when it was created
         * @param updatedAt when it last changed
         * @param version the stored version
         * @return the segment
         */
        Segment segment(SegmentId id, UserId owner, String name, boolean shared, AccountQuery criteria, Instant createdAt,
                Instant updatedAt, Version version);
    }

    /** The product capability's factory of products. */
    @FunctionalInterface
    public interface ProductFactory {
        /**
         * @param id the id
         * @param details the details
         * @param active whether it may go on new quotes
         * @param createdAt when it was created
         * @param updatedAt when it last changed
         * @param version the stored version
         * @return the product
         */
        Product product(ProductId id, ProductDetails details, boolean active, Instant createdAt, Instant updatedAt,
                Version version);
    }

    /** The catalog capability's factory of entries. */
    @FunctionalInterface
    public interface CatalogEntryFactory {
        /**
         * @param id the id
         * @param kind the catalog
         * @param name the name
         * @param details the kind-specific details
         * @param active whether the entry is active
         * @param createdAt when it was created
         * @param version the stored version
         * @return the entry
         */
        CatalogEntry catalogEntry(CatalogEntryId id, CatalogKind kind, String name, CatalogDetails details, boolean active,
                Instant createdAt, Version version);
    }

    /** The account capability's factory of accounts. */
    @FunctionalInterface
    public interface AccountFactory {
        /**
         * @param id the id
         * @param classification the classification
         * @param details the details
         * @param responsibles the responsibles
         * @param characteristics the characteristic values by characteristic type
         * @param interests the interests by area
         * @param logoId the logo document, or {@code null}
         * @param taxIdAcceptance who accepted the warning its tax id raises, or {@code null}
         * @param createdBy who created it
         * @param createdAt when it was created
         * @param updatedAt when it was last changed
         * @param version the stored version
         * @return the account
         */
        Account account(AccountId id, Classification classification, AccountDetails details, Set<UserId> responsibles,
                Map<CatalogEntryId, CharacteristicValue> characteristics, Map<CatalogEntryId, Interest> interests,
                DocumentId logoId, TaxIdAcceptance taxIdAcceptance, UserId createdBy, Instant createdAt, Instant updatedAt,
                Version version);
    }

    /** The contact capability's factory of contacts. */
    @FunctionalInterface
    public interface ContactFactory {
        /**
         * @param id the id
         * @param accountId its account
         * @param details the details
         * @param createdBy who created it
         * @param createdAt when it was created
         * @param updatedAt when it was last changed
         * @param version the stored version
         * @return the contact
         */
        Contact contact(ContactId id, AccountId accountId, ContactDetails details, UserId createdBy, Instant createdAt,
                Instant updatedAt, Version version);
    }

    /** The document capability's factory of documents. */
    @FunctionalInterface
    public interface DocumentFactory {
        /**
         * @param id the id
         * @param accountId its account
         * @param kind its kind
         * @param title the title
         * @param fileName the file name
         * @param mediaType the media type
         * @param size the size in bytes
         * @param sha256 the content's SHA-256
         * @param validFrom the start of validity, or {@code null}
         * @param validUntil the end of validity, or {@code null}
         * @param uploadedBy who uploaded it
         * @param uploadedAt when it was uploaded
         * @param version the stored version
         * @return the document
         */
        Document document(DocumentId id, AccountId accountId, DocumentKind kind, String title, String fileName,
                String mediaType, long size, String sha256, LocalDate validFrom, LocalDate validUntil, UserId uploadedBy,
                Instant uploadedAt, Version version);
    }

    /** The relationship capability's factory of relationships. */
    @FunctionalInterface
    public interface RelationshipFactory {
        /**
         * @param id the id
         * @param from the account it goes from
         * @param to the account it goes to
         * @param typeId the relationship type
         * @param reason the reason, or {@code null}
         * @param createdBy who created it
         * @param createdAt when it was created
         * @param version the stored version
         * @return the relationship
         */
        Relationship relationship(RelationshipId id, AccountId from, AccountId to, CatalogEntryId typeId, String reason,
                UserId createdBy, Instant createdAt, Version version);
    }

    /** The agenda capability's factory of entries. */
    @FunctionalInterface
    public interface AgendaEntryFactory {
        /**
         * @param id the id
         * @param accountId its account
         * @param contactId its contact, or {@code null}
         * @param cardId its card, or {@code null}
         * @param typeId its type, or {@code null}
         * @param description the description
         * @param schedule when it is due, or {@code null}
         * @param status the status
         * @param userId whose entry it is
         * @param createdBy who created it, or {@code null}
         * @param createdAt when it was created
         * @param modifiedAt when it was last changed
         * @param concludedAt when it was concluded, or {@code null}
         * @param recurrence how it repeats, or {@code null}
         * @param seriesId the first entry of its series, or {@code null}
         * @param seriesStart the date its series started, or {@code null}
         * @param occurrence its number in the series
         * @param dedupeKey the key a rule made it under, or {@code null}
         * @param caseId the service case it serves, or {@code null}
         * @param onSite whether it is an on-site intervention
         * @param attachments its attached files
         * @param workReport its work report, or {@code null}
         * @param version the stored version
         * @return the entry
         */
        AgendaEntry agendaEntry(AgendaEntryId id, AccountId accountId, ContactId contactId, CardId cardId,
                CatalogEntryId typeId, String description, Schedule schedule, AgendaStatus status, UserId userId,
                UserId createdBy, Instant createdAt, Instant modifiedAt, Instant concludedAt, Recurrence recurrence,
                AgendaEntryId seriesId, LocalDate seriesStart, int occurrence, String dedupeKey, CaseId caseId, boolean onSite,
                List<Attachment> attachments, WorkReport workReport, Version version);
    }

    /** The pipeline capability's factory of pipelines. */
    @FunctionalInterface
    public interface PipelineFactory {
        /**
         * @param id the id
         * @param name the name
         * @param color the color
         * @param users the users who work on it
         * @param stages the stages, in board order
         * @param labels the labels
         * @param baseCard the base card
         * @param settings the settings
         * @param createdAt when it was created
         * @param updatedAt when it was last changed
         * @param version the stored version
         * @return the pipeline
         */
        Pipeline pipeline(PipelineId id, String name, String color, Set<UserId> users, List<Stage> stages, List<Label> labels,
                BaseCard baseCard, PipelineSettings settings, Instant createdAt, Instant updatedAt, Version version);
    }

    /** The pipeline capability's builders of cards. */
    @FunctionalInterface
    public interface CardFactory {
        /**
         * @param from the card whose state the builder starts from, or {@code null} for an empty builder
         * @return the builder
         */
        Card.Builder card(Card from);
    }
}
