package dev.crmkit.spi;

import dev.crmkit.common.TenantId;

/** One unit of work of a {@link CrmStore}, bound to one tenant: the repositories it offers see only that tenant. */
public interface UnitOfWork {

    /** @return the tenant this unit of work is bound to */
    TenantId tenantId();

    /** @return whether this unit of work may write */
    TransactionMode mode();

    /** @return the tenant's own record */
    TenantRepository tenant();

    /** @return the tenant's CRM users */
    UserRepository users();

    /** @return the tenant's catalog entries */
    CatalogRepository catalog();

    /** @return the tenant's accounts */
    AccountRepository accounts();

    /** @return the tenant's contacts */
    ContactRepository contacts();

    /** @return the tenant's relationships between accounts */
    RelationshipRepository relationships();

    /** @return the tenant's document metadata */
    DocumentRepository documents();

    /** @return the tenant's account timelines */
    TimelineRepository timeline();

    /** @return the tenant's pipelines */
    PipelineRepository pipelines();

    /** @return the tenant's cards */
    CardRepository cards();

    /** @return the tenant's pipeline histories */
    PipelineHistoryRepository pipelineHistory();

    /** @return the tenant's saved board filters */
    SavedFilterRepository savedFilters();

    /** @return the tenant's agenda entries and agenda settings */
    AgendaRepository agenda();

    /** @return the outbox the unit of work's events are written to */
    EventOutbox outbox();
}
