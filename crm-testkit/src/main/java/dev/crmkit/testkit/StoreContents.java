package dev.crmkit.testkit;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.account.Account;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.casework.CaseSettings;
import dev.crmkit.casework.SlaSettings;
import dev.crmkit.casework.ServiceCase;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.TenantId;
import dev.crmkit.contact.Contact;
import dev.crmkit.document.Document;
import dev.crmkit.pipeline.Card;
import dev.crmkit.pipeline.HistoryEntry;
import dev.crmkit.pipeline.Pipeline;
import dev.crmkit.pipeline.SavedFilter;
import dev.crmkit.pipeline.Stage;
import dev.crmkit.product.PriceListTerms;
import dev.crmkit.discount.DiscountLimit;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.product.Product;
import dev.crmkit.segment.Segment;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.quote.Quote;
import dev.crmkit.order.Order;
import dev.crmkit.quote.QuoteRevision;
import dev.crmkit.common.QuoteId;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.AccountCriteria;
import dev.crmkit.spi.CaseHistoryRecord;
import dev.crmkit.spi.CrmStore;
import dev.crmkit.spi.OutboxEntry;
import dev.crmkit.spi.TimelineRecord;
import dev.crmkit.spi.TransactionMode;
import dev.crmkit.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;

/**
 * Everything a store holds for a small tenant, read through its ports in one unit of work, to tell whether a call
 * changed anything: the tenant, its users and catalogs, every account with its contacts, relationships, documents,
 * agenda entries, cards and timeline, every pipeline with its cards, history and saved filters, the agenda
 * settings, and the events its outbox still holds. Rows the API would not show (a timeline entry left behind, a card of a deleted stage) count too.
 *
 * @param tenant the tenant's record
 * @param users every user
 * @param catalogs every catalog entry, by kind
 * @param accounts every account
 * @param accountParts what hangs on each account
 * @param pipelines every pipeline
 * @param pipelineParts what hangs on each pipeline
 * @param settings the agenda settings
 * @param commercial the products, the price lists' terms and prices, and the quotes
 * @param outbox the events not delivered yet, with their delivery state
 * @param segments every segment, private or shared
 * @param campaigns every campaign, with its members and history
 */
public record StoreContents(
        Optional<Tenant> tenant,
        List<CrmUser> users,
        Map<CatalogKind, List<CatalogEntry>> catalogs,
        List<Account> accounts,
        Map<AccountId, AccountParts> accountParts,
        List<Pipeline> pipelines,
        Map<PipelineId, PipelineParts> pipelineParts,
        Optional<AgendaSettings> settings,
        Commercial commercial,
        List<OutboxEntry> outbox,
        List<Segment> segments,
        List<CampaignParts> campaigns) {

    /**
     * A campaign with its members (all of them, whatever their accounts) and its history.
     *
     * @param campaign the campaign
     * @param members its members, by id
     * @param history its history, oldest first
     */
    public record CampaignParts(dev.crmkit.campaign.Campaign campaign, List<dev.crmkit.campaign.CampaignMember> members,
            List<dev.crmkit.spi.CampaignHistoryRecord> history) {}

    /** More rows of a kind than a fault-injection world ever holds. */
    private static final int MOST = 1000;

    /**
     * What hangs on one account.
     *
     * @param contacts its contacts
     * @param relationships its relationships, both ways
     * @param documents its documents
     * @param agenda its agenda entries
     * @param cards its cards
     * @param timeline its timeline
     * @param cases its service cases
     * @param caseHistory the history of each of its cases
     * @param consents the consent decisions of it and its contacts, in the order recorded
     * @param consentTokens the opt-out tokens issued for it and its contacts, by hash
     * @param messages its messages, archived ones included, newest first
     * @param surveys the satisfaction survey of each of its cases that has one
     */
    public record AccountParts(List<Contact> contacts, List<Relationship> relationships, List<Document> documents,
            List<AgendaEntry> agenda, List<Card> cards, List<TimelineRecord> timeline, List<ServiceCase> cases,
            Map<CaseId, List<CaseHistoryRecord>> caseHistory, List<dev.crmkit.consent.Consent> consents,
            Map<String, dev.crmkit.spi.ConsentRepository.OptOutToken> consentTokens,
            List<dev.crmkit.message.Message> messages, Map<CaseId, dev.crmkit.casework.Survey> surveys) {}

    /**
     * What hangs on one pipeline.
     *
     * @param cards its cards, stage by stage
     * @param history its history
     * @param savedFilters every user's saved filters of it
     */
    public record PipelineParts(List<Card> cards, List<HistoryEntry> history, List<SavedFilter> savedFilters) {}

    /**
     * The products, price lists and quotes, and the settings of service cases.
     *
     * @param products every product
     * @param priceLists the terms of every price list that has them
     * @param prices every price list's prices
     * @param quotes the quotes, their earlier revisions, the counter and the orders
     * @param caseSettings the settings of service cases
     * @param slaSettings the service levels
     * @param consentSettings the tenant's rule of consent
     * @param discounts the discount policies and manual-discount limits
     */
    public record Commercial(List<Product> products, List<PriceListTerms> priceLists, Map<CatalogEntryId, List<ProductPrice>> prices,
            Quoting quotes, CaseSettings caseSettings, SlaSettings slaSettings, dev.crmkit.consent.ConsentSettings consentSettings,
            Discounts discounts) {}

    /**
     * The discount policies and limits of a tenant.
     *
     * @param policies every policy
     * @param limits every user's and team's limit
     */
    public record Discounts(List<DiscountPolicy> policies, List<DiscountLimit> limits) {}

    /**
     * The quotes of a tenant.
     *
     * @param quotes every quote at its current revision
     * @param earlierRevisions each quote's earlier revisions, oldest first
     * @param lastSequence the last count taken, or empty before the first quote
     * @param orders every order of every account
     */
    public record Quoting(List<Quote> quotes, Map<QuoteId, List<QuoteRevision>> earlierRevisions, OptionalLong lastSequence,
            List<Order> orders) {}

    /**
     * Reads a tenant's contents.
     *
     * @param store the store
     * @param tenantId the tenant
     * @return what the store holds for it
     */
    public static StoreContents of(CrmStore store, TenantId tenantId) {
        return store.inTransaction(tenantId, TransactionMode.READ_ONLY, StoreContents::read);
    }

    private static StoreContents read(UnitOfWork uow) {
        List<CrmUser> users = sorted(uow.users().findAll());
        Map<CatalogKind, List<CatalogEntry>> catalogs = new EnumMap<>(CatalogKind.class);
        for (CatalogKind kind : CatalogKind.values()) {
            catalogs.put(kind, sorted(uow.catalog().findByKind(kind)));
        }
        List<Account> accounts = uow.accounts().find(AccountCriteria.all(new AccountAccess.Unrestricted()), null, MOST);
        Map<AccountId, AccountParts> accountParts = new LinkedHashMap<>();
        for (Account account : accounts) {
            AccountId id = account.id();
            List<ServiceCase> cases = sorted(uow.cases().findByAccount(id));
            Map<CaseId, List<CaseHistoryRecord>> caseHistory = new LinkedHashMap<>();
            cases.forEach(c -> caseHistory.put(c.id(), uow.cases().history(c.id())));
            Map<CaseId, dev.crmkit.casework.Survey> surveys = new LinkedHashMap<>();
            cases.forEach(c -> uow.cases().findSurvey(c.id()).ifPresent(survey -> surveys.put(c.id(), survey)));
            accountParts.put(id, new AccountParts(sorted(uow.contacts().findByAccount(id)),
                    sorted(uow.relationships().findByAccount(id)), sorted(uow.documents().findByAccount(id)),
                    sorted(uow.agenda().findByAccount(id)), sorted(uow.cards().findByAccount(id)), uow.timeline().page(id, null, MOST),
                    cases, caseHistory, uow.consents().ofAccount(id), uow.consents().tokensOf(id),
                    uow.messages().page(dev.crmkit.spi.MessageRepository.MessageCriteria.builder(
                            new dev.crmkit.access.AccountAccess.Unrestricted()).accountId(id).includeArchived(true).build(),
                            null, MOST), surveys));
        }
        List<Pipeline> pipelines = sorted(uow.pipelines().findAll());
        Map<PipelineId, PipelineParts> pipelineParts = new LinkedHashMap<>();
        for (Pipeline pipeline : pipelines) {
            List<Card> cards = new ArrayList<>();
            for (Stage stage : pipeline.stages()) {
                cards.addAll(uow.cards().findByStage(pipeline.id(), stage.id()));
            }
            List<SavedFilter> filters = new ArrayList<>();
            for (CrmUser user : users) {
                filters.addAll(uow.savedFilters().findByOwner(pipeline.id(), user.id()));
            }
            pipelineParts.put(pipeline.id(), new PipelineParts(sorted(cards),
                    uow.pipelineHistory().page(pipeline.id(), null, null, MOST), sorted(filters)));
        }
        List<PriceListTerms> terms = new ArrayList<>();
        Map<CatalogEntryId, List<ProductPrice>> prices = new LinkedHashMap<>();
        for (CatalogEntry list : catalogs.get(CatalogKind.PRICE_LIST)) {
            uow.priceLists().findById(list.id()).ifPresent(terms::add);
            prices.put(list.id(), sorted(uow.priceLists().prices(list.id())));
        }
        List<Quote> quotes = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        for (Account account : accounts) {
            quotes.addAll(uow.quotes().findByAccount(account.id()));
            orders.addAll(uow.orders().findByAccount(account.id(), MOST));
        }
        Map<QuoteId, List<QuoteRevision>> revisions = new LinkedHashMap<>();
        for (Quote quote : sorted(quotes)) {
            List<QuoteRevision> earlier = new ArrayList<>();
            for (int n = 1; n < quote.revision().number(); n++) {
                uow.quotes().revision(quote.id(), n).ifPresent(earlier::add);
            }
            revisions.put(quote.id(), earlier);
        }
        Commercial commercial = new Commercial(sorted(uow.products().findAll()), terms, prices,
                new Quoting(sorted(quotes), revisions, uow.quotes().lastSequence(), sorted(orders)), uow.cases().settings(),
                uow.cases().slaSettings(), uow.consents().settings(),
                new Discounts(sorted(uow.discounts().findAll()), sorted(uow.discounts().limits())));
        return new StoreContents(uow.tenant().find(), users, catalogs, accounts, accountParts, pipelines, pipelineParts,
                uow.agenda().settings(), commercial, uow.outbox().unpublished(MOST), segments(uow, users), campaigns(uow));
    }

    /** Every campaign, by id, with all its members and its history. */
    private static List<CampaignParts> campaigns(UnitOfWork uow) {
        return uow.campaigns().findAll().stream()
                .sorted(java.util.Comparator.comparing(dev.crmkit.campaign.Campaign::id))
                .map(c -> new CampaignParts(c, uow.campaigns().members(c.id(), new dev.crmkit.access.AccountAccess.Unrestricted(),
                        null, MOST), uow.campaigns().history(c.id())))
                .toList();
    }

    /** Every segment: each user's own and the shared ones. */
    private static List<Segment> segments(UnitOfWork uow, List<CrmUser> users) {
        Set<Segment> segments = new java.util.HashSet<>();
        users.forEach(user -> segments.addAll(uow.segments().findVisibleTo(user.id())));
        return sorted(List.copyOf(segments));
    }

    /** @return these contents but the outbox */
    public StoreContents withoutOutbox() {
        return new StoreContents(tenant, users, catalogs, accounts, accountParts, pipelines, pipelineParts, settings, commercial,
                List.of(), segments, campaigns);
    }

    /** The rows of a finder whose order the port leaves open, in one order (their text, which starts with the id). */
    private static <T> List<T> sorted(List<T> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(String::valueOf)).toList();
    }

    /**
     * What differs from other contents, for a failure message.
     *
     * @param other the contents to compare with
     * @return the names of the parts that differ, with both values
     */
    public String differencesFrom(StoreContents other) {
        StringBuilder out = new StringBuilder();
        differ(out, "tenant", tenant, other.tenant);
        differ(out, "users", users, other.users);
        differ(out, "catalogs", catalogs, other.catalogs);
        differ(out, "accounts", accounts, other.accounts);
        differ(out, "pipelines", pipelines, other.pipelines);
        differ(out, "settings", settings, other.settings);
        differ(out, "commercial", commercial, other.commercial);
        differ(out, "outbox", outbox, other.outbox);
        differ(out, "campaigns", campaigns, other.campaigns);
        for (AccountId id : accountParts.keySet()) {
            differ(out, "parts of account " + id, accountParts.get(id), other.accountParts.get(id));
        }
        for (PipelineId id : pipelineParts.keySet()) {
            differ(out, "parts of pipeline " + id, pipelineParts.get(id), other.pipelineParts.get(id));
        }
        return out.toString();
    }

    private static void differ(StringBuilder out, String part, Object mine, Object theirs) {
        if (!java.util.Objects.equals(mine, theirs)) {
            out.append("; ").append(part).append(": ").append(mine).append(" then ").append(theirs);
        }
    }
}
