-- The archive of messages: e-mails, calls, SMS or WhatsApp messages and letters of an account or one of its
-- contacts. The host's external id is unique in a tenant (a message delivered twice is stored once; the second
-- insert hits the unique index and is answered with the stored row). search_text holds the folded subject and body
-- (lower case, no accents) the search looks into; attachments are the ids of documents of the same account, in
-- order, separated by commas. Listings go newest first by (occurred_at, message_id). A message is deleted with its
-- account.

create table crm_message (
    tenant_id    varchar(64)   not null,
    message_id   uuid          not null,
    account_id   uuid          not null,
    contact_id   uuid,
    direction    varchar(20)   not null,
    channel      varchar(20)   not null,
    subject      varchar(300),
    body         text          not null,
    occurred_at  timestamp(6) with time zone not null,
    logged_by    varchar(128)  not null,
    logged_at    timestamp(6) with time zone not null,
    external_id  varchar(200),
    attachments  varchar(800)  not null,
    archived     boolean       not null,
    version      bigint        not null,
    search_text  text          not null,
    constraint crm_message_pk primary key (tenant_id, message_id)
);
create unique index crm_message_external_uk on crm_message (tenant_id, external_id) where external_id is not null;
create index crm_message_account_ix on crm_message (tenant_id, account_id, occurred_at desc, message_id desc);
create index crm_message_time_ix on crm_message (tenant_id, occurred_at desc, message_id desc);
create index crm_message_text_gin on crm_message using gin ((tenant_id::text), search_text gin_trgm_ops);
