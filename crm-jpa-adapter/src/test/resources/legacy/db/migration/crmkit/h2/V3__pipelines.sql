-- CRM Kit pipelines: pipelines (stages, labels, base card and settings as JSON documents written by CrmJson,
-- users in a table of their own), cards with their labels and members, the pipeline history and saved board
-- filters. tenant_id leads every key and index; H2 compares position keys as Java does.
-- The rows of an aggregate's collections (responsibles, values, labels, ...) carry no foreign key to their owner:
-- the adapter writes and deletes them with the owner in one unit of work, and a per-row key check on a parent
-- inserted in the same transaction made bulk inserts on PostgreSQL ten times slower.

create table crm_pipeline (
    tenant_id  varchar(64)  not null,
    id         uuid         not null,
    name       varchar(120) not null,
    name_key   varchar(120) not null,
    color      varchar(16),
    stages     varchar(1000000)         not null,
    labels     varchar(1000000)         not null,
    base_card  varchar(1000000)         not null,
    settings   varchar(1000000)         not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    version    bigint       not null,
    constraint crm_pipeline_pk primary key (tenant_id, id),
    constraint crm_pipeline_name_uk unique (tenant_id, name_key)
);

create table crm_pipeline_user (
    tenant_id   varchar(64)  not null,
    pipeline_id uuid         not null,
    user_id     varchar(128) not null,
    constraint crm_pipeline_user_pk primary key (tenant_id, pipeline_id, user_id)
);
create index crm_pipeline_user_user_ix on crm_pipeline_user (tenant_id, user_id, pipeline_id);

-- open_account_id is the account while the card is open and null once it is not: a unique key on it is
-- "one open card per account per pipeline" on every database (H2 has no partial indexes).
create table crm_card (
    tenant_id                varchar(64)  not null,
    id                       uuid         not null,
    pipeline_id              uuid         not null,
    stage_id                 uuid         not null,
    position                 varchar(200) not null,
    name                     varchar(200) not null,
    description              varchar(1000000),
    salesperson_id           varchar(128),
    value_amount             numeric(19, 4),
    value_currency           varchar(3),
    expected_close_date      date,
    account_id               uuid,
    open_account_id          uuid,
    comments                 varchar(1000000)         not null,
    comment_count            integer      not null,
    attachments              varchar(1000000)         not null,
    attachment_count         integer      not null,
    archived                 boolean      not null,
    is_open                  boolean      not null,
    lost_at                  timestamp(6) with time zone,
    lost_reason              varchar(500),
    converted_to_customer_at timestamp(6) with time zone,
    converted_to_service_at  timestamp(6) with time zone,
    service_reference        varchar(200),
    created_by               varchar(128) not null,
    created_at               timestamp(6) with time zone not null,
    updated_at               timestamp(6) with time zone not null,
    version                  bigint       not null,
    constraint crm_card_pk primary key (tenant_id, id),
    constraint crm_card_open_account_uk unique (tenant_id, pipeline_id, open_account_id)
);
create index crm_card_position_ix on crm_card (tenant_id, pipeline_id, stage_id, position, id);
create index crm_card_created_ix on crm_card (tenant_id, pipeline_id, stage_id, created_at, id);
create index crm_card_account_ix on crm_card (tenant_id, account_id);
create index crm_card_salesperson_ix on crm_card (tenant_id, pipeline_id, salesperson_id);
create index crm_card_stagnant_ix on crm_card (tenant_id, pipeline_id, stage_id, is_open, updated_at);

create table crm_card_label (
    tenant_id varchar(64) not null,
    card_id   uuid        not null,
    label_id  uuid        not null,
    constraint crm_card_label_pk primary key (tenant_id, card_id, label_id)
);
create index crm_card_label_label_ix on crm_card_label (tenant_id, label_id, card_id);

create table crm_card_member (
    tenant_id varchar(64)  not null,
    card_id   uuid         not null,
    user_id   varchar(128) not null,
    constraint crm_card_member_pk primary key (tenant_id, card_id, user_id)
);
create index crm_card_member_user_ix on crm_card_member (tenant_id, user_id, card_id);

create table crm_pipeline_history (
    tenant_id   varchar(64)  not null,
    id          uuid         not null,
    pipeline_id uuid         not null,
    card_id     uuid,
    event_id    uuid         not null,
    entry_index integer      not null,
    actor       varchar(128),
    occurred_at timestamp(6) with time zone not null,
    field       varchar(400) not null,
    old_value   varchar(1000000),
    new_value   varchar(1000000),
    constraint crm_pipeline_history_pk primary key (tenant_id, id)
);
create index crm_pipeline_history_pipeline_ix on crm_pipeline_history (tenant_id, pipeline_id, occurred_at, event_id, entry_index);
create index crm_pipeline_history_card_ix on crm_pipeline_history (tenant_id, card_id, occurred_at, event_id, entry_index);

create table crm_saved_filter (
    tenant_id   varchar(64)  not null,
    id          uuid         not null,
    pipeline_id uuid         not null,
    owner_id    varchar(128) not null,
    name        varchar(120) not null,
    name_key    varchar(120) not null,
    filter_json varchar(1000000)         not null,
    saved_at    timestamp(6) with time zone not null,
    version     bigint       not null,
    constraint crm_saved_filter_pk primary key (tenant_id, id),
    constraint crm_saved_filter_name_uk unique (tenant_id, pipeline_id, owner_id, name_key)
);
