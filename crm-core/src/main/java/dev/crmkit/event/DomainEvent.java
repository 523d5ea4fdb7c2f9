package dev.crmkit.event;

/**
 * A change that happened in CRM Kit. The hierarchy is sealed: one sub-interface per aggregate type, one
 * record per kind of change.
 */
public sealed interface DomainEvent
        permits TenantEvent, UserEvent, CatalogEvent, AccountEvent, ContactEvent, RelationshipEvent, DocumentEvent,
                PipelineEvent, CardEvent, AgendaEvent, AgendaSettingsEvent, ProductEvent, PriceListEvent, QuoteEvent, OrderEvent, DiscountEvent, CaseEvent,
                CaseSettingsEvent, ConsentEvent, SegmentEvent, MessageEvent, SurveyEvent, CampaignEvent {

    /**
     * The event's id, tenant, actor and instant.
     *
     * @return the metadata
     */
    EventMeta meta();

    /**
     * The aggregate the event belongs to.
     *
     * @return the aggregate
     */
    AggregateRef aggregate();
}
