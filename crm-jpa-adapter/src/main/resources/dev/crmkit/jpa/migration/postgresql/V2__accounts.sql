-- CRM Kit accounts: accounts (every detail in a column; e-mails and phones as JSON arrays) with their responsibles, characteristic values, interests and name trigrams;
-- contacts, relationships, document metadata and timelines. tenant_id leads every key and index.
-- Sort keys use COLLATE "C" (byte order of UTF-8), the order Java's String.compareTo gives Text.sortKey.
-- The rows of an aggregate's collections (responsibles, values, labels, ...) carry no foreign key to their owner:
-- the adapter writes and deletes them with the owner in one unit of work, and a per-row key check on a parent
-- inserted in the same transaction made bulk inserts on PostgreSQL ten times slower.

create extension if not exists pg_trgm;
create extension if not exists btree_gin;

create table crm_account (
    tenant_id            varchar(64)  not null,
    id                   uuid         not null,
    classification       varchar(16)  not null,
    person_kind          varchar(16)  not null,
    legal_name           varchar(200) not null,
    trade_name           varchar(200),
    name_key             varchar(200) collate "C" not null,
    tax_key              varchar(80),
    tax_country          varchar(8),
    tax_number           varchar(30),
    main_contact_name    varchar(200),
    emails               text not null,
    phones               text not null,
    mobile               varchar(60),
    website              varchar(300),
    street               varchar(200),
    street_number        varchar(20),
    district             varchar(120),
    city                 varchar(120),
    state                varchar(120),
    postal_code          varchar(20),
    taxable              boolean      not null,
    credit_terms         varchar(16)  not null,
    credit_days          integer,
    credit_limit_amount  varchar(40),
    credit_limit_currency varchar(3),
    ledger_account_code  varchar(40),
    supplier             boolean      not null,
    status               varchar(16)  not null,
    salesperson_id       varchar(128),
    customer_type_id     uuid,
    priority_id          uuid,
    economic_activity_id uuid,
    price_list_id        uuid,
    city_key             varchar(120),
    state_key            varchar(120),
    country              varchar(2),
    search_text          text         not null,
    search_digits        text         not null,
    logo_id              uuid,
    created_by           varchar(128) not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    version              bigint       not null,
    constraint crm_account_pk primary key (tenant_id, id),
    constraint crm_account_tax_key_uk unique (tenant_id, tax_key)
);
create index crm_account_name_ix on crm_account (tenant_id, name_key, id);
create index crm_account_created_ix on crm_account (tenant_id, created_at, id);
create index crm_account_updated_ix on crm_account (tenant_id, updated_at, id);
create index crm_account_classification_ix on crm_account (tenant_id, classification);
create index crm_account_status_ix on crm_account (tenant_id, status);
create index crm_account_salesperson_ix on crm_account (tenant_id, salesperson_id);
create index crm_account_place_ix on crm_account (tenant_id, country, state_key, city_key);
create index crm_account_city_ix on crm_account (tenant_id, city_key);
create index crm_account_state_ix on crm_account (tenant_id, state_key);
create index crm_account_customer_type_ix on crm_account (tenant_id, customer_type_id);
create index crm_account_priority_ix on crm_account (tenant_id, priority_id);
create index crm_account_activity_ix on crm_account (tenant_id, economic_activity_id);
create index crm_account_price_list_ix on crm_account (tenant_id, price_list_id);
-- Text search: LIKE '%...%' served by trigram GIN indexes (tenant first, through btree_gin).
create index crm_account_text_gin on crm_account using gin ((tenant_id::text), search_text gin_trgm_ops);
create index crm_account_digits_gin on crm_account using gin ((tenant_id::text), search_digits gin_trgm_ops);

create table crm_account_responsible (
    tenant_id  varchar(64)  not null,
    account_id uuid         not null,
    user_id    varchar(128) not null,
    constraint crm_account_responsible_pk primary key (tenant_id, account_id, user_id)
);
create index crm_account_responsible_user_ix on crm_account_responsible (tenant_id, user_id, account_id);

create table crm_account_characteristic (
    tenant_id  varchar(64)  not null,
    account_id uuid         not null,
    type_id    uuid         not null,
    value_type varchar(16)  not null,
    stored_value text         not null,
    value_key  varchar(400) not null,
    constraint crm_account_characteristic_pk primary key (tenant_id, account_id, type_id)
);
create index crm_account_characteristic_value_ix on crm_account_characteristic (tenant_id, type_id, value_key, account_id);

create table crm_account_interest (
    tenant_id  varchar(64)   not null,
    account_id uuid          not null,
    area_id    uuid          not null,
    kind       varchar(16)   not null,
    note       varchar(2000),
    constraint crm_account_interest_pk primary key (tenant_id, account_id, area_id)
);
create index crm_account_interest_area_ix on crm_account_interest (tenant_id, area_id, kind, account_id);

-- NameSimilarity.trigrams of the legal (L) and trade (T) names, with each name's trigram count, so the exact
-- similarity (common / (a + b - common)) is computed in SQL.
create table crm_account_name_trigram (
    tenant_id     varchar(64) not null,
    account_id    uuid        not null,
    name_part     varchar(1)  not null,
    trigram       varchar(16) not null,
    trigram_count integer     not null,
    constraint crm_account_name_trigram_pk primary key (tenant_id, account_id, name_part, trigram)
);
create index crm_account_name_trigram_ix on crm_account_name_trigram (tenant_id, trigram, account_id);

create table crm_contact (
    tenant_id     varchar(64)  not null,
    id            uuid         not null,
    account_id    uuid         not null,
    name_key      varchar(200) collate "C" not null,
    search_text   text         not null,
    search_digits text         not null,
    details       text         not null,
    created_by    varchar(128) not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       bigint       not null,
    constraint crm_contact_pk primary key (tenant_id, id)
);
create index crm_contact_account_ix on crm_contact (tenant_id, account_id);
create index crm_contact_name_ix on crm_contact (tenant_id, name_key, id);
create index crm_contact_text_gin on crm_contact using gin ((tenant_id::text), search_text gin_trgm_ops);
create index crm_contact_digits_gin on crm_contact using gin ((tenant_id::text), search_digits gin_trgm_ops);

create table crm_relationship (
    tenant_id  varchar(64)  not null,
    id         uuid         not null,
    from_id    uuid         not null,
    to_id      uuid         not null,
    type_id    uuid         not null,
    reason     varchar(500),
    created_by varchar(128) not null,
    created_at timestamp(6) with time zone not null,
    version    bigint       not null,
    constraint crm_relationship_pk primary key (tenant_id, id),
    constraint crm_relationship_uk unique (tenant_id, from_id, to_id, type_id)
);
create index crm_relationship_to_ix on crm_relationship (tenant_id, to_id);
create index crm_relationship_type_ix on crm_relationship (tenant_id, type_id, from_id);

create table crm_document (
    tenant_id   varchar(64)  not null,
    id          uuid         not null,
    account_id  uuid         not null,
    kind        varchar(16)  not null,
    title       varchar(200) not null,
    file_name   varchar(255) not null,
    media_type  varchar(255) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    valid_from  date,
    valid_until date,
    uploaded_by varchar(128) not null,
    uploaded_at timestamp(6) with time zone not null,
    version     bigint       not null,
    constraint crm_document_pk primary key (tenant_id, id)
);
create index crm_document_account_ix on crm_document (tenant_id, account_id);

-- Events on account timelines, as written by CrmJson; an event may be on two timelines (a relationship's).
create table crm_timeline (
    tenant_id   varchar(64) not null,
    account_id  uuid        not null,
    event_id    uuid        not null,
    occurred_at timestamp(6) with time zone not null,
    payload     text        not null,
    constraint crm_timeline_pk primary key (tenant_id, account_id, event_id)
);
create index crm_timeline_page_ix on crm_timeline (tenant_id, account_id, occurred_at, event_id);
