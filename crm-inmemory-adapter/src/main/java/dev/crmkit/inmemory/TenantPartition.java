package dev.crmkit.inmemory;

import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountStatus;
import dev.crmkit.account.Classification;
import dev.crmkit.account.CustomerProperties;
import dev.crmkit.account.InterestKind;
import dev.crmkit.account.NameSimilarity;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.casework.CaseSettings;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.discount.DiscountLimit;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.SegmentId;
import dev.crmkit.segment.Segment;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.contact.Contact;
import dev.crmkit.document.Document;
import dev.crmkit.document.DocumentKind;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.product.PriceListTerms;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.quote.Quote;
import dev.crmkit.order.Order;
import dev.crmkit.common.OrderId;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.CaseHistoryRecord;
import dev.crmkit.spi.TimelineRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** All data of one tenant, with its indexes, behind one read-write lock. */
final class TenantPartition {

    final TenantId tenantId;
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    Tenant tenant;

    final Table<UserId, CrmUser> users = new Table<>("user", CrmUser::id);
    final Table.Index<UserId, CrmUser, CatalogEntryId> usersByTeam =
            users.index(u -> u.teamId().map(List::of).orElse(List.of()));
    final Table.Index<UserId, CrmUser, Boolean> activeAdmins =
            users.index(u -> u.active() && u.admin() ? List.of(Boolean.TRUE) : List.of());

    final Table<CatalogEntryId, CatalogEntry> catalog = new Table<>("catalog-entry", CatalogEntry::id);
    final Table.Index<CatalogEntryId, CatalogEntry, Object> catalogByKind = catalog.index(e -> List.of(e.kind()));
    final Table.Unique<CatalogEntryId, CatalogEntry> catalogByName =
            catalog.unique("name", e -> new KindAndName(e.kind(), e.nameKey()));

    final Table<AccountId, Account> accounts = new Table<>("account", Account::id);
    final Table.Unique<AccountId, Account> accountsByTaxKey =
            accounts.unique("taxId", a -> a.details().taxId() == null ? null : a.details().taxId().key());
    final Table.Index<AccountId, Account, Classification> accountsByClassification =
            accounts.index(a -> List.of(a.classification()));
    final Table.Index<AccountId, Account, AccountStatus> accountsByStatus =
            accounts.index(a -> List.of(a.details().customer().status()));
    final Table.Index<AccountId, Account, UserId> accountsByResponsible = accounts.index(Account::responsibles);
    final Table.Index<AccountId, Account, UserId> accountsBySalesperson =
            accounts.index(a -> optional(a.details().customer().salespersonId()));
    final Table.Index<AccountId, Account, CharacteristicKey> accountsByCharacteristic = accounts.index(a -> {
        List<CharacteristicKey> keys = new ArrayList<>();
        a.characteristics().forEach((type, value) -> keys.add(new CharacteristicKey(type, value.key())));
        return keys;
    });
    final Table.Index<AccountId, Account, InterestKey> accountsByInterest = accounts.index(a -> {
        List<InterestKey> keys = new ArrayList<>();
        a.interests().forEach((area, interest) -> keys.add(new InterestKey(area, interest.kind())));
        return keys;
    });
    final Table.Index<AccountId, Account, String> accountsByCity =
            accounts.index(a -> optional(a.cityKey()));
    final Table.Index<AccountId, Account, String> accountsByState =
            accounts.index(a -> optional(a.stateKey()));
    final Table.Index<AccountId, Account, String> accountsByCountry =
            accounts.index(a -> optional(a.details().address().country()));
    final Table.Index<AccountId, Account, CatalogEntryId> accountsByCatalogReference = accounts.index(a -> {
        Set<CatalogEntryId> references = new HashSet<>(a.characteristics().keySet());
        references.addAll(a.interests().keySet());
        CustomerProperties c = a.details().customer();
        for (CatalogEntryId id : new CatalogEntryId[] {c.customerTypeId(), c.priorityId(), c.economicActivityId(),
                c.priceListId()}) {
            if (id != null) {
                references.add(id);
            }
        }
        return references;
    });
    final Table.Index<AccountId, Account, String> accountsByTextTrigram = accounts.index(a -> Trigrams.of(a.searchText()));
    final Table.Index<AccountId, Account, String> accountsByDigitTrigram =
            accounts.index(a -> Trigrams.of(a.searchDigits()));
    final Table.Index<AccountId, Account, String> accountsByNameTrigram = accounts.index(a -> {
        Set<String> trigrams = NameSimilarity.trigrams(a.details().legalName());
        trigrams.addAll(NameSimilarity.trigrams(a.details().tradeName()));
        return trigrams;
    });
    final NavigableMap<SortKey<String, AccountId>, Account> accountsByName =
            accounts.sorted(a -> new SortKey<>(a.nameKey(), a.id()));
    final NavigableMap<SortKey<Instant, AccountId>, Account> accountsByCreated =
            accounts.sorted(a -> new SortKey<>(a.createdAt(), a.id()));
    final NavigableMap<SortKey<Instant, AccountId>, Account> accountsByUpdated =
            accounts.sorted(a -> new SortKey<>(a.updatedAt(), a.id()));

    final Table<ContactId, Contact> contacts = new Table<>("contact", Contact::id);
    final Table.Index<ContactId, Contact, AccountId> contactsByAccount = contacts.index(c -> List.of(c.accountId()));
    final Table.Index<ContactId, Contact, String> contactsByTextTrigram = contacts.index(c -> Trigrams.of(c.searchText()));
    final Table.Index<ContactId, Contact, String> contactsByDigitTrigram =
            contacts.index(c -> Trigrams.of(c.searchDigits()));
    final NavigableMap<SortKey<String, ContactId>, Contact> contactsByName =
            contacts.sorted(c -> new SortKey<>(c.nameKey(), c.id()));

    final Table<RelationshipId, Relationship> relationships = new Table<>("relationship", Relationship::id);
    final Table.Index<RelationshipId, Relationship, AccountId> relationshipsByAccount =
            relationships.index(r -> List.of(r.from(), r.to()));
    final Table.Index<RelationshipId, Relationship, FromAndType> relationshipsByFromAndType =
            relationships.index(r -> List.of(new FromAndType(r.from(), r.typeId())));
    final Table.Index<RelationshipId, Relationship, CatalogEntryId> relationshipsByType =
            relationships.index(r -> List.of(r.typeId()));
    final Table.Unique<RelationshipId, Relationship> relationshipsByTriple =
            relationships.unique("toAccountId", r -> List.of(r.from(), r.to(), r.typeId()));

    final Table<DocumentId, Document> documents = new Table<>("document", Document::id);
    final Table.Index<DocumentId, Document, AccountId> documentsByAccount = documents.index(d -> List.of(d.accountId()));
    /** Contracts by their last valid day (documents without one are not in it), for the agenda's expiry rule. */
    final NavigableMap<SortKey<Long, DocumentId>, Document> contractsByValidUntil = documents.sorted(d ->
            d.kind() == DocumentKind.CONTRACT && d.validUntil().isPresent() ? new SortKey<>(d.validUntil().get().toEpochDay(), d.id())
                    : null);

    final Table<PipelineId, Pipeline> pipelines = new Table<>("pipeline", Pipeline::id);
    final Table.Unique<PipelineId, Pipeline> pipelinesByName = pipelines.unique("name", p -> Text.key(p.name()));
    final Table.Index<PipelineId, Pipeline, UserId> pipelinesByUser = pipelines.index(Pipeline::users);

    final Table<CardId, Card> cards = new Table<>("card", Card::id);
    final Table.Index<CardId, Card, PipelineId> cardsByPipeline = cards.index(c -> List.of(c.pipelineId()));
    final Table.Index<CardId, Card, AccountId> cardsByAccount = cards.index(c -> c.accountId().map(List::of).orElse(List.of()));
    final Table.Index<CardId, Card, PipelineAndLabel> cardsByLabel =
            cards.index(c -> c.labels().stream().map(l -> new PipelineAndLabel(c.pipelineId(), l)).toList());
    final Table.Unique<CardId, Card> cardsByOpenAccount = cards.unique("accountId",
            c -> c.open() && c.accountId().isPresent() ? List.of(c.pipelineId(), c.accountId().get()) : null);
    final Map<PipelineAndStage, NavigableMap<SortKey<String, CardId>, Card>> cardsByPosition =
            cards.groupedSorted(c -> new PipelineAndStage(c.pipelineId(), c.stageId()), c -> new SortKey<>(c.position(), c.id()));

    /** Each pipeline's history, and each card's, oldest first by (instant, event, index). */
    final Map<PipelineId, TreeMap<HistoryKey, HistoryEntry>> pipelineHistory = new HashMap<>();
    final Map<CardId, TreeMap<HistoryKey, HistoryEntry>> cardHistory = new HashMap<>();

    final Table<SavedFilterId, SavedFilter> savedFilters = new Table<>("saved-filter", SavedFilter::id);
    final Table.Index<SavedFilterId, SavedFilter, PipelineAndOwner> savedFiltersByOwner =
            savedFilters.index(f -> List.of(new PipelineAndOwner(f.pipelineId(), f.owner())));
    final Table.Index<SavedFilterId, SavedFilter, PipelineId> savedFiltersByPipeline =
            savedFilters.index(f -> List.of(f.pipelineId()));

    final Table<AgendaEntryId, AgendaEntry> agenda = new Table<>("agenda-entry", AgendaEntry::id);
    final Table.Index<AgendaEntryId, AgendaEntry, AccountId> agendaByAccount = agenda.index(e -> List.of(e.accountId()));
    final Table.Index<AgendaEntryId, AgendaEntry, CardId> agendaByCard = agenda.index(e -> optional(e.cardId().orElse(null)));
    final Table.Index<AgendaEntryId, AgendaEntry, CaseId> agendaByCase = agenda.index(e -> optional(e.caseId().orElse(null)));
    /** Pending entries linked to a card: the board's "has tasks" filter counts them. */
    final Table.Index<AgendaEntryId, AgendaEntry, CardId> pendingAgendaByCard =
            agenda.index(e -> e.pending() ? optional(e.cardId().orElse(null)) : List.of());
    final Table.Index<AgendaEntryId, AgendaEntry, UserId> pendingAgendaByUser =
            agenda.index(e -> e.pending() ? List.of(e.userId()) : List.of());
    final Table.Index<AgendaEntryId, AgendaEntry, CatalogEntryId> agendaByType =
            agenda.index(e -> optional(e.typeId().orElse(null)));
    /** The store enforces an agenda rule's trigger key: the second insert of one is refused. */
    final Table.Unique<AgendaEntryId, AgendaEntry> agendaByDedupeKey = agenda.unique("dedupeKey", e -> e.dedupeKey().orElse(null));
    final NavigableMap<SortKey<Instant, AgendaEntryId>, AgendaEntry> agendaByCreated =
            agenda.sorted(e -> new SortKey<>(e.createdAt(), e.id()));
    AgendaSettings agendaSettings;

    final Table<ProductId, Product> products = new Table<>("product", Product::id);
    final Table.Unique<ProductId, Product> productsByCode = products.unique("code", p -> p.details().codeKey());

    final Table<CatalogEntryId, PriceListTerms> priceLists = new Table<>("price-list", PriceListTerms::id);
    final Table<ProductPriceId, ListedPrice> prices = new Table<>("product-price", p -> p.price().id());
    final Table.Index<ProductPriceId, ListedPrice, CatalogEntryId> pricesByList = prices.index(p -> List.of(p.listId()));
    final Table.Index<ProductPriceId, ListedPrice, List<Object>> pricesByListAndProduct =
            prices.index(p -> List.of(List.of(p.listId(), p.price().productId())));

    final Table<QuoteId, Quote> quotes = new Table<>("quote", Quote::id);
    final Table.Index<QuoteId, Quote, AccountId> quotesByAccount = quotes.index(q -> List.of(q.accountId()));
    final Table.Unique<QuoteId, Quote> quotesBySequence = quotes.unique("sequence", Quote::sequence);
    /** Every quote's earlier revisions, by quote and revision number. */
    final Table<List<Object>, StoredRevision> quoteRevisions =
            new Table<>("quote-revision", r -> List.of(r.quoteId(), r.revision().number()));
    final Table.Index<List<Object>, StoredRevision, QuoteId> revisionsByQuote =
            quoteRevisions.index(r -> List.of(r.quoteId()));
    /** The last quote count taken, or {@code null} before the tenant's first quote. */
    Long lastQuoteSequence;
    final Table<OrderId, Order> orders = new Table<>("order", Order::id);
    final Table.Index<OrderId, Order, AccountId> ordersByAccount = orders.index(o -> List.of(o.accountId()));
    final Table.Index<OrderId, Order, QuoteId> ordersByQuote = orders.index(o -> List.of(o.quoteId()));
    final Table.Unique<OrderId, Order> ordersByNumber = orders.unique("number", Order::number);
    /** A quote has at most one order per route. */
    final Table.Unique<OrderId, Order> ordersByQuoteAndRoute = orders.unique("quote-route",
            o -> List.of(o.quoteId(), o.route()));
    final Table<CaseId, ServiceCase> cases = new Table<>("case", ServiceCase::id);
    final Table.Unique<CaseId, ServiceCase> casesByNumber = cases.unique("number", c -> c.number());
    final Table.Index<CaseId, ServiceCase, AccountId> casesByAccount = cases.index(c -> List.of(c.accountId()));
    /** The catalog entries a case refers to: its category, priority and team. */
    final Table.Index<CaseId, ServiceCase, CatalogEntryId> casesByEntry = cases.index(c -> java.util.stream.Stream
            .of(c.details().categoryId(), c.details().priorityId(), c.details().teamId()).filter(java.util.Objects::nonNull)
            .distinct().toList());
    /** Each resolved case's satisfaction survey; a token's hash is unique. */
    final Table<CaseId, dev.crmkit.casework.Survey> surveys = new Table<>("survey", dev.crmkit.casework.Survey::caseId);
    final Table.Unique<CaseId, dev.crmkit.casework.Survey> surveysByToken = surveys.unique("token", dev.crmkit.casework.Survey::tokenHash);
    /** Each case's history, oldest first. */
    final Map<CaseId, List<CaseHistoryRecord>> caseHistory = new HashMap<>();
    /** The last case number given; the next case takes the one after. */
    long lastCaseNumber;
    CaseSettings caseSettings;
    /** The tenant's service levels, once changed. */
    dev.crmkit.casework.SlaSettings slaSettings;

    /** The archive of messages, by id. */
    final Table<dev.crmkit.common.MessageId, dev.crmkit.message.Message> messages =
            new Table<>("message", dev.crmkit.message.Message::id);
    /** Messages by the host's external id (unique in the tenant; messages without one are not indexed). */
    final Table.Unique<dev.crmkit.common.MessageId, dev.crmkit.message.Message> messagesByExternalId =
            messages.unique("externalId", dev.crmkit.message.Message::externalId);
    /** Messages by account. */
    final Table.Index<dev.crmkit.common.MessageId, dev.crmkit.message.Message, AccountId> messagesByAccount =
            messages.index(m -> java.util.List.of(m.accountId()));
    final Table<DiscountPolicyId, DiscountPolicy> discountPolicies = new Table<>("discount-policy", DiscountPolicy::id);
    final Table.Unique<DiscountPolicyId, DiscountPolicy> discountPoliciesByName =
            discountPolicies.unique("name", p -> p.terms().nameKey());
    /** The manual-discount limits, by subject. */
    final Table<DiscountLimit.Subject, DiscountLimit> discountLimits = new Table<>("discount-limit", DiscountLimit::subject);
    /** Each discount policy's history, oldest first; kept after the policy's deletion. */
    final Map<DiscountPolicyId, List<dev.crmkit.spi.DiscountHistoryRecord>> discountHistory = new HashMap<>();
    /** Consent decisions by account, each list in the order recorded. */
    final Map<AccountId, List<dev.crmkit.consent.Consent>> consents = new HashMap<>();
    /** Opt-out tokens by their hash. */
    final Map<String, dev.crmkit.spi.ConsentRepository.OptOutToken> consentTokens = new HashMap<>();
    dev.crmkit.consent.ConsentSettings consentSettings;
    final Table<SegmentId, Segment> segments = new Table<>("segment", Segment::id);
    final Table.Unique<SegmentId, Segment> segmentsByOwnerName =
            segments.unique("name", s -> new OwnerAndName(s.owner(), s.nameKey()));
    final Table.Index<SegmentId, Segment, UserId> segmentsByOwner = segments.index(s -> List.of(s.owner()));
    final Table.Index<SegmentId, Segment, Boolean> segmentsByShared = segments.index(s -> List.of(s.shared()));

    /** Campaigns, by id, with their unique name keys. */
    final Table<dev.crmkit.common.CampaignId, dev.crmkit.campaign.Campaign> campaigns =
            new Table<>("campaign", dev.crmkit.campaign.Campaign::id);
    final Table.Unique<dev.crmkit.common.CampaignId, dev.crmkit.campaign.Campaign> campaignsByName =
            campaigns.unique("name", dev.crmkit.campaign.Campaign::nameKey);
    /** Campaign members, by id, indexed by campaign and by account. */
    final Table<dev.crmkit.common.CampaignMemberId, dev.crmkit.campaign.CampaignMember> campaignMembers =
            new Table<>("campaign-member", dev.crmkit.campaign.CampaignMember::id);
    final Table.Index<dev.crmkit.common.CampaignMemberId, dev.crmkit.campaign.CampaignMember, dev.crmkit.common.CampaignId>
            membersByCampaign = campaignMembers.index(m -> List.of(m.campaignId()));
    final Table.Index<dev.crmkit.common.CampaignMemberId, dev.crmkit.campaign.CampaignMember, AccountId>
            membersByAccount = campaignMembers.index(m -> List.of(m.accountId()));
    /** Each campaign's history, oldest first. */
    final Map<dev.crmkit.common.CampaignId, List<dev.crmkit.spi.CampaignHistoryRecord>> campaignHistory = new HashMap<>();

    /** The tenant's events not yet delivered, in commit order. */
    final InMemoryOutbox.Rows outbox = new InMemoryOutbox.Rows();

    /** Each account's timeline, oldest first by (instant, event id). */
    final Map<AccountId, TreeMap<SortKey<Instant, EventId>, TimelineRecord>> timelines = new HashMap<>();

    /** A quote's earlier revision. */
    record StoredRevision(QuoteId quoteId, QuoteRevision revision) {}

    /** A price with the list holding it. */
    record ListedPrice(CatalogEntryId listId, ProductPrice price) {}

    TenantPartition(TenantId tenantId) {
        this.tenantId = tenantId;
    }

    /** How many pending agenda entries are linked to a card. */
    long openTasksOf(CardId cardId) {
        return pendingAgendaByCard.size(cardId);
    }

    /** The current team of a user, for the team access predicate. */
    Optional<CatalogEntryId> teamOf(UserId userId) {
        return users.get(userId).flatMap(CrmUser::teamId);
    }

    private static <T> List<T> optional(T value) {
        return value == null ? List.of() : List.of(value);
    }

    /** The key catalog names are unique by. */
    record KindAndName(Object kind, String nameKey) {}

    /** A characteristic value, by type and value key. */
    record CharacteristicKey(CatalogEntryId type, String valueKey) {}

    /** An interest mark, by area and kind. */
    record InterestKey(CatalogEntryId area, InterestKind kind) {}

    /** A stage of a pipeline. */
    record PipelineAndStage(PipelineId pipeline, StageId stage) {}

    /** A label of a pipeline. */
    record PipelineAndLabel(PipelineId pipeline, LabelId label) {}

    /** A user's filters of a pipeline. */
    record PipelineAndOwner(PipelineId pipeline, UserId owner) {}

    /** A segment's owner and name key, unique together. */
    record OwnerAndName(UserId owner, String nameKey) {}

    /** The order of a history: instant, then event, then the entry's index within its event. */
    record HistoryKey(Instant at, EventId eventId, int index) implements Comparable<HistoryKey> {

        static HistoryKey of(HistoryEntry entry) {
            return new HistoryKey(entry.at(), entry.eventId(), entry.index());
        }

        @Override
        public int compareTo(HistoryKey other) {
            int byTime = at.compareTo(other.at);
            if (byTime != 0) {
                return byTime;
            }
            int byEvent = eventId.compareTo(other.eventId);
            // Within an event, the first field comes first when read newest first, so its index sorts last here.
            return byEvent != 0 ? byEvent : Integer.compare(other.index, index);
        }
    }

    /** The outgoing relationships of an account, by type. */
    record FromAndType(AccountId from, CatalogEntryId type) {}
}
