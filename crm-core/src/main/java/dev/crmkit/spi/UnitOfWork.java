package dev.crmkit.spi;

import dev.crmkit.access.Tenant;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import java.util.Optional;

/** One unit of work of a {@link CrmStore}, bound to one tenant: the repositories it offers see only that tenant. */
public interface UnitOfWork {

    /** @return the tenant this unit of work is bound to */
    TenantId tenantId();

    /** @return whether this unit of work may write */
    TransactionMode mode();

    /** @return the tenant's own record */
    TenantRepository tenant();

    /**
     * The host's transaction this unit of work joined, if it joined one. A store that always runs its own
     * transactions keeps the default (none): its {@code inTransaction} returns once the work is committed.
     *
     * @return the host's transaction, or empty when the unit of work commits on its own
     */
    default Optional<HostTransaction> hostTransaction() {
        return Optional.empty();
    }

    /**
     * The tenant's record and one of its users: every use case reads both before anything else. The default asks
     * {@link #tenant()}, then {@link #users()}; a database adapter reads both with one statement.
     *
     * @param userId the user
     * @return the tenant, if it exists, and the user, if the tenant has it
     */
    default TenantAndUser tenantAndUser(UserId userId) {
        Optional<Tenant> tenant = tenant().find();
        return new TenantAndUser(tenant, tenant.isEmpty() ? Optional.empty() : users().findById(userId));
    }

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

    /** @return the tenant's products and services */
    ProductRepository products();

    /** @return the currencies and prices of the tenant's price lists */
    PriceListRepository priceLists();

    /** @return the tenant's quotes and its quote counter */
    QuoteRepository quotes();

    /** @return the tenant's discount policies and manual-discount limits */
    DiscountRepository discounts();

    /** @return the tenant's orders */
    OrderRepository orders();

    /** @return the tenant's service cases */
    CaseRepository cases();

    /** @return the tenant's consent decisions, opt-out tokens and rule of consent */
    ConsentRepository consents();
    /** @return the tenant's segments (saved account queries) */
    SegmentRepository segments();

    /** @return the tenant's archive of messages */
    MessageRepository messages();

    /** @return the tenant's campaigns, their members and history */
    CampaignRepository campaigns();

    /** @return the outbox the unit of work's events are written to */
    EventOutbox outbox();
}
