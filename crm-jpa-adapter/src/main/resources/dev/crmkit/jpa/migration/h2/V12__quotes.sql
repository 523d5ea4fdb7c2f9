-- Quotes: each row is a quote at its current revision, whose lines and totals are one JSON document (read and
-- written whole with the quote); earlier revisions keep their document in crm_quote_revision. Each tenant counts
-- its quotes in crm_quote_counter: the row is advanced by an update that holds it until the commit, so concurrent
-- creators queue and a rolled-back creation gives its number back.

create table crm_quote (
    tenant_id    varchar(64)    not null,
    id           uuid           not null,
    sequence     bigint         not null,
    number       varchar(60)    not null,
    account_id   uuid           not null,
    contact_id   uuid,
    card_id      uuid,
    currency     varchar(3)     not null,
    status       varchar(16)    not null,
    revision     integer        not null,
    valid_until  date           not null,
    total        numeric(34, 4) not null,
    content      varchar(1000000) not null,
    created_at   timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    version      bigint         not null,
    constraint crm_quote_pk primary key (tenant_id, id),
    constraint crm_quote_sequence_uk unique (tenant_id, sequence)
);
create index crm_quote_account_ix on crm_quote (tenant_id, account_id);

create table crm_quote_revision (
    tenant_id  varchar(64) not null,
    quote_id   uuid        not null,
    revision   integer     not null,
    content    varchar(1000000) not null,
    constraint crm_quote_revision_pk primary key (tenant_id, quote_id, revision)
);

create table crm_quote_counter (
    tenant_id   varchar(64) not null,
    last_value  bigint      not null,
    constraint crm_quote_counter_pk primary key (tenant_id)
);
