-- Orders: what an accepted quote became, one row per route (production or the sales office). The lines copied
-- from the quote are one JSON document, written once; the progress the host reports (every step, oldest first) is
-- another, rewritten with the status at each report. A quote has at most one order per route, and each order's
-- number is unique in its tenant.

create table crm_order (
    tenant_id          varchar(64)    not null,
    id                 uuid           not null,
    number             varchar(64)    not null,
    quote_id           uuid           not null,
    quote_revision     integer        not null,
    account_id         uuid           not null,
    contact_id         uuid,
    card_id            uuid,
    route              varchar(16)    not null,
    currency           varchar(3)     not null,
    status             varchar(16)    not null,
    subtotal           numeric(34, 4) not null,
    invoice_reference  varchar(100),
    lines              text not null,
    steps              text not null,
    placed_at          timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    version            bigint         not null,
    constraint crm_order_pk primary key (tenant_id, id),
    constraint crm_order_number_uk unique (tenant_id, number),
    constraint crm_order_quote_route_uk unique (tenant_id, quote_id, route)
);
create index crm_order_account_ix on crm_order (tenant_id, account_id, placed_at);
