package dev.crmkit;

import dev.crmkit.access.TenantServices;
import dev.crmkit.access.TenantSettings;
import dev.crmkit.access.UserAdministration;
import dev.crmkit.access.UserService;
import dev.crmkit.account.AccountService;
import dev.crmkit.account.Accounts;
import dev.crmkit.agenda.Agenda;
import dev.crmkit.agenda.AgendaService;
import dev.crmkit.catalog.CatalogService;
import dev.crmkit.catalog.Catalogs;
import dev.crmkit.contact.ContactService;
import dev.crmkit.contact.Contacts;
import dev.crmkit.document.DocumentService;
import dev.crmkit.document.Documents;
import dev.crmkit.internal.Observed;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.CardService;
import dev.crmkit.pipeline.Cards;
import dev.crmkit.pipeline.PipelineService;
import dev.crmkit.pipeline.Pipelines;
import dev.crmkit.relationship.RelationshipService;
import dev.crmkit.relationship.Relationships;
import dev.crmkit.report.ReportService;
import dev.crmkit.report.Reports;
import dev.crmkit.spi.DocumentStore;

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

    CrmSession(UseCases useCases, Actor actor, DocumentStore documentStore, long documentSizeLimit) {
        this.actor = actor;
        this.tenant = Observed.wrap(TenantSettings.class, new TenantServices.Settings(useCases, actor), useCases.observer());
        this.users = Observed.wrap(UserAdministration.class, new UserService(useCases, actor), useCases.observer());
        this.catalogs = Observed.wrap(Catalogs.class, new CatalogService(useCases, actor), useCases.observer());
        this.accounts = Observed.wrap(Accounts.class, new AccountService(useCases, actor, documentStore), useCases.observer());
        this.contacts = Observed.wrap(Contacts.class, new ContactService(useCases, actor), useCases.observer());
        this.relationships = Observed.wrap(Relationships.class, new RelationshipService(useCases, actor), useCases.observer());
        this.documents = Observed.wrap(Documents.class, new DocumentService(useCases, actor, documentStore, documentSizeLimit), useCases.observer());
        this.pipelines = Observed.wrap(Pipelines.class, new PipelineService(useCases, actor, documentStore, documentSizeLimit), useCases.observer());
        this.cards = Observed.wrap(Cards.class, new CardService(useCases, actor, documentStore, documentSizeLimit), useCases.observer());
        this.agenda = Observed.wrap(Agenda.class, new AgendaService(useCases, actor), useCases.observer());
        this.reports = Observed.wrap(Reports.class, new ReportService(useCases, actor), useCases.observer());
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
}
