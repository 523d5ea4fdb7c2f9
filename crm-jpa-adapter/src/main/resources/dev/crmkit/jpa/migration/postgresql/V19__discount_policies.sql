-- Discount policies and manual-discount limits. A policy's scope (an account, a customer type, a price list, or
-- everyone) is a kind and the id it names; its item (a product, a product group, or all) a kind, a product or a group
-- key; its condition (none, a minimum quantity, a minimum revenue in a currency) a kind and its threshold. A quote reads
-- the candidates of its account in one statement, by scope and validity. Limits are keyed by their subject: a user's
-- id, or a team's catalog entry id as text.

create table crm_discount_policy (
    tenant_id         varchar(64)    not null,
    id                uuid           not null,
    name              varchar(120)   not null,
    name_key          varchar(240) collate "C" not null,
    scope_kind        varchar(16)    not null,
    scope_id          uuid,
    item_kind         varchar(16)    not null,
    product_id        uuid,
    group_name        varchar(120),
    group_key         varchar(240),
    condition_kind    varchar(16)    not null,
    min_quantity      numeric(16, 4),
    min_revenue       numeric(19, 4),
    revenue_currency  varchar(3),
    percent           numeric(5, 2)  not null,
    valid_from        date           not null,
    valid_until       date,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint         not null,
    constraint crm_discount_policy_pk primary key (tenant_id, id),
    constraint crm_discount_policy_name_uk unique (tenant_id, name_key)
);
create index crm_discount_policy_scope_ix on crm_discount_policy (tenant_id, scope_kind, scope_id, valid_from);

create table crm_discount_limit (
    tenant_id     varchar(64)   not null,
    subject_kind  varchar(8)    not null,
    subject_id    varchar(128)  not null,
    percent       numeric(5, 2) not null,
    version       bigint        not null,
    constraint crm_discount_limit_pk primary key (tenant_id, subject_kind, subject_id)
);

-- Each policy's history, its events written by the core's CrmJson with the actor's name of the time; it outlives the
-- policy's deletion.
create table crm_discount_policy_history (
    tenant_id   varchar(64) not null,
    policy_id   uuid        not null,
    event_id    uuid        not null,
    occurred_at timestamp(6) with time zone not null,
    actor_name  varchar(200),
    payload     text        not null,
    constraint crm_discount_policy_history_pk primary key (tenant_id, policy_id, event_id)
);
create index crm_discount_policy_history_order_ix on crm_discount_policy_history (tenant_id, policy_id, occurred_at, event_id);
