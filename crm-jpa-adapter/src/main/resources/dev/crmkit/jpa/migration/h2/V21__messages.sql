-- The archive of messages (see the PostgreSQL migration). H2 has no partial index: its unique constraints let any
-- number of nulls through, which is what a message without an external id needs.

create table crm_message (
    tenant_id    varchar(64)   not null,
    message_id   uuid          not null,
    account_id   uuid          not null,
    contact_id   uuid,
    direction    varchar(20)   not null,
    channel      varchar(20)   not null,
    subject      varchar(300),
    body         varchar(1000000) not null,
    occurred_at  timestamp(6) with time zone not null,
    logged_by    varchar(128)  not null,
    logged_at    timestamp(6) with time zone not null,
    external_id  varchar(200),
    attachments  varchar(800)  not null,
    archived     boolean       not null,
    version      bigint        not null,
    search_text  varchar(1000000) not null,
    constraint crm_message_pk primary key (tenant_id, message_id),
    constraint crm_message_external_uk unique (tenant_id, external_id)
);
create index crm_message_account_ix on crm_message (tenant_id, account_id, occurred_at desc, message_id desc);
create index crm_message_time_ix on crm_message (tenant_id, occurred_at desc, message_id desc);
