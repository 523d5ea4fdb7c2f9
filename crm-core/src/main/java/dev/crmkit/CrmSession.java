package dev.crmkit;

import dev.crmkit.access.AccessWiring;
import dev.crmkit.access.TenantSettings;
import dev.crmkit.access.UserAdministration;
import dev.crmkit.account.AccountWiring;
import dev.crmkit.account.Accounts;
import dev.crmkit.agenda.Agenda;
import dev.crmkit.agenda.AgendaWiring;
import dev.crmkit.casework.CaseWiring;
import dev.crmkit.casework.Cases;
import dev.crmkit.catalog.CatalogWiring;
import dev.crmkit.catalog.Catalogs;
import dev.crmkit.contact.ContactWiring;
import dev.crmkit.contact.Contacts;
import dev.crmkit.document.DocumentWiring;
import dev.crmkit.document.Documents;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Observed;
import dev.crmkit.internal.Session;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.Cards;
import dev.crmkit.pipeline.PipelineWiring;
import dev.crmkit.pipeline.Pipelines;
import dev.crmkit.product.PriceLists;
import dev.crmkit.consent.ConsentWiring;
import dev.crmkit.consent.Consents;
import dev.crmkit.casework.Satisfaction;
import dev.crmkit.message.MessageWiring;
import dev.crmkit.message.Messages;
import dev.crmkit.product.ProductWiring;
import dev.crmkit.product.Products;
import dev.crmkit.segment.SegmentWiring;
import dev.crmkit.campaign.CampaignWiring;
import dev.crmkit.campaign.Campaigns;
import dev.crmkit.segment.Segments;
import dev.crmkit.quote.QuoteNumbering;
import dev.crmkit.quote.QuoteWiring;
import dev.crmkit.discount.DiscountPolicies;
import dev.crmkit.discount.DiscountWiring;
import dev.crmkit.quote.Quotes;
import dev.crmkit.order.OrderWiring;
import dev.crmkit.order.Orders;
import dev.crmkit.revenue.Revenue;
import dev.crmkit.revenue.RevenueWiring;
import dev.crmkit.relationship.RelationshipWiring;
import dev.crmkit.relationship.Relationships;
import dev.crmkit.report.ReportWiring;
import dev.crmkit.report.Reports;
import dev.crmkit.spi.DocumentStore;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.UseCaseObserver;

/**
 * The API acting for one {@link Actor}, from {@link Crm#as(Actor)}. Cheap to create and stateless: every
 * call runs its own unit of work, checks the actor (an unknown or inactive user can do nothing) and reports
 * errors in the actor's locale. Safe to share between threads.
 */
public final class CrmSession {

    private final Actor actor;
    private final TenantSettings tenant;
    private final UserAdministration users;
    private final Catalogs catalogs;
    private final Accounts accounts;
    private final Contacts contacts;
    private final Relationships relationships;
    private final Documents documents;
    private final Pipelines pipelines;
    private final Cards cards;
    private final Agenda agenda;
    private final Reports reports;
    private final Products products;
    private final PriceLists priceLists;
    private final Quotes quotes;
    private final Orders orders;
    private final Revenue revenue;
    private final Cases cases;
    private final DiscountPolicies discounts;
    private final Consents consents;
    private final Satisfaction satisfaction;
    private final Messages messages;
    private final Segments segments;
    private final Campaigns campaigns;

    CrmSession(UseCases useCases, Actor actor, DocumentStore documentStore, long documentSizeLimit,
            TaxCalculator taxCalculator, QuoteNumbering quoteNumbering) {
        this.actor = actor;
        Session session = new Session(useCases, new Caller(actor.tenantId(), actor.userId(), actor.locale()), documentStore,
                documentSizeLimit);
        UseCaseObserver observer = useCases.observer();
        this.tenant = Observed.wrap(TenantSettings.class, AccessWiring.tenantSettings(session), observer);
        this.users = Observed.wrap(UserAdministration.class, AccessWiring.users(session), observer);
        this.catalogs = Observed.wrap(Catalogs.class, CatalogWiring.catalogs(session), observer);
        this.accounts = Observed.wrap(Accounts.class, AccountWiring.accounts(session), observer);
        this.contacts = Observed.wrap(Contacts.class, ContactWiring.contacts(session), observer);
        this.relationships = Observed.wrap(Relationships.class, RelationshipWiring.relationships(session), observer);
        this.documents = Observed.wrap(Documents.class, DocumentWiring.documents(session), observer);
        this.pipelines = Observed.wrap(Pipelines.class, PipelineWiring.pipelines(session), observer);
        this.cards = Observed.wrap(Cards.class, PipelineWiring.cards(session), observer);
        this.agenda = Observed.wrap(Agenda.class, AgendaWiring.agenda(session), observer);
        this.reports = Observed.wrap(Reports.class, ReportWiring.reports(session), observer);
        this.products = Observed.wrap(Products.class, ProductWiring.products(session), observer);
        this.priceLists = Observed.wrap(PriceLists.class, ProductWiring.priceLists(session), observer);
        this.quotes = Observed.wrap(Quotes.class, QuoteWiring.quotes(session, taxCalculator, quoteNumbering), observer);
        this.orders = Observed.wrap(Orders.class, OrderWiring.orders(session), observer);
        this.revenue = Observed.wrap(Revenue.class, RevenueWiring.revenue(session), observer);
        this.cases = Observed.wrap(Cases.class, CaseWiring.cases(session), observer);
        this.discounts = Observed.wrap(DiscountPolicies.class, DiscountWiring.policies(session), observer);
        this.consents = Observed.wrap(Consents.class, ConsentWiring.consents(session), observer);
        this.satisfaction = Observed.wrap(Satisfaction.class, CaseWiring.satisfaction(session), observer);
        this.messages = Observed.wrap(Messages.class, MessageWiring.messages(session), observer);
        this.segments = Observed.wrap(Segments.class, SegmentWiring.segments(session), observer);
        this.campaigns = Observed.wrap(Campaigns.class, CampaignWiring.campaigns(session,
                QuoteWiring.offers(session, taxCalculator, quoteNumbering)), observer);
    }

    /**
     * Who this API acts for.
     *
     * @return the actor
     */
    public Actor actor() {
        return actor;
    }

    /**
     * The actor's tenant and its settings.
     *
     * @return the tenant API
     */
    public TenantSettings tenant() {
        return tenant;
    }

    /**
     * The tenant's CRM users.
     *
     * @return the user API
     */
    public UserAdministration users() {
        return users;
    }

    /**
     * The tenant's catalogs.
     *
     * @return the catalog API
     */
    public Catalogs catalogs() {
        return catalogs;
    }

    /**
     * The accounts in the actor's scope.
     *
     * @return the account API
     */
    public Accounts accounts() {
        return accounts;
    }

    /**
     * The contacts of the accounts in the actor's scope, and the contact directory.
     *
     * @return the contact API
     */
    public Contacts contacts() {
        return contacts;
    }

    /**
     * The relationships between accounts in the actor's scope.
     *
     * @return the relationship API
     */
    public Relationships relationships() {
        return relationships;
    }

    /**
     * The documents of the accounts in the actor's scope.
     *
     * @return the document API
     */
    public Documents documents() {
        return documents;
    }

    /**
     * The pipelines the actor uses (all of them for an administrator): structure, users, history, saved filters.
     *
     * @return the pipeline API
     */
    public Pipelines pipelines() {
        return pipelines;
    }

    /**
     * The cards of those pipelines, and their boards.
     *
     * @return the card API
     */
    public Cards cards() {
        return cards;
    }

    /**
     * The agenda of the accounts in the actor's scope: entries, task lists, templates and settings.
     *
     * @return the agenda API
     */
    public Agenda agenda() {
        return agenda;
    }

    /**
     * Statistics of what the actor sees: the agenda's for a date range, a pipeline's.
     *
     * @return the report API
     */
    public Reports reports() {
        return reports;
    }

    /**
     * The service cases of the accounts in the actor's scope, and those assigned to the actor.
     *
     * @return the case API
     */
    public Cases cases() {
        return cases;
    }

    /**
     * Consent to be reached, per account or contact and channel, and the tenant's rule of consent.
     *
     * @return the consent API
     */
    public Consents consents() {
        return consents;
    }

    /**
     * Customer satisfaction with service cases: the survey each resolution issues, its statistics and the training
     * needs they show.
     *
     * @return the satisfaction API
     */
    public Satisfaction satisfaction() {
        return satisfaction;
    }

    /**
     * The archive of messages: e-mails, calls, SMS or WhatsApp messages and letters of accounts and their contacts.
     *
     * @return the messages API
     */
    public Messages messages() {
        return messages;
    }

    /**
     * The products and services the tenant sells.
     *
     * @return the product API
     */
    public Products products() {
        return products;
    }

    /**
     * The tenant's price lists and their prices, and an account's default prices.
     *
     * @return the price-list API
     */
    public PriceLists priceLists() {
        return priceLists;
    }

    /**
     * Quotes to the accounts in the actor's scope: lines, prices, taxes, numbers, statuses and revisions.
     *
     * @return the quote API
     */
    public Quotes quotes() {
        return quotes;
    }

    /**
     * The tenant's discount policies, which quote lines take when they carry no discount of their own, and the
     * manual-discount limits of users and teams.
     *
     * @return the discount API
     */
    public DiscountPolicies discounts() {
        return discounts;
    }

    /**
     * Orders converted from accepted quotes of the accounts in the actor's scope, and their progress as the host
     * reports it.
     *
     * @return the order API
     */
    public Orders orders() {
        return orders;
    }

    /**
     * Revenue of the accounts in the actor's scope: realised by month from invoiced orders, the estimate (run rate,
     * weighted pipeline, open quotes), a pipeline's forecast by salesperson and month, and prospects' profitability.
     *
     * @return the revenue API
     */
    public Revenue revenue() {
        return revenue;
    }

    /**
     * Segments: saved account queries, private or shared, counted and previewed live in the actor's scope.
     *
     * @return the segment API
     */
    public Segments segments() {
        return segments;
    }

    /**
     * Campaigns: newsletters and offers sent through the host's sender, visits and calls planned into the agenda, and
     * their results.
     *
     * @return the campaign API
     */
    public Campaigns campaigns() {
        return campaigns;
    }
}
