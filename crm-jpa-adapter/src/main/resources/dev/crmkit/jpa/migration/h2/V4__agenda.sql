-- CRM Kit agenda: entries (their schedule and recurrence as columns) and each tenant's agenda settings (a JSON
-- document written by CrmJson). The dedupe key of the agenda rules is unique per tenant, so a rule run twice, or
-- on two nodes at once, creates its entry once. tenant_id leads every key and index.

create table crm_agenda_entry (
    tenant_id        varchar(64)  not null,
    id               uuid         not null,
    account_id       uuid         not null,
    contact_id       uuid,
    card_id          uuid,
    type_id          uuid,
    description      varchar(1000000) not null,
    schedule_at      timestamp(6),
    schedule_on      date,
    status           varchar(16)  not null,
    user_id          varchar(128) not null,
    created_by       varchar(128),
    created_at       timestamp(6) with time zone not null,
    modified_at      timestamp(6) with time zone not null,
    concluded_at     timestamp(6) with time zone,
    recurrence_unit  varchar(16),
    recurrence_every integer,
    recurrence_until date,
    recurrence_count integer,
    series_id        uuid,
    series_start     date,
    occurrence       integer      not null,
    dedupe_key       varchar(400),
    version          bigint       not null,
    constraint crm_agenda_entry_pk primary key (tenant_id, id),
    constraint crm_agenda_entry_dedupe_uk unique (tenant_id, dedupe_key)
);
create index crm_agenda_entry_account_ix on crm_agenda_entry (tenant_id, account_id);
create index crm_agenda_entry_card_ix on crm_agenda_entry (tenant_id, card_id, status);
create index crm_agenda_entry_user_ix on crm_agenda_entry (tenant_id, user_id, status);
create index crm_agenda_entry_created_ix on crm_agenda_entry (tenant_id, created_at, id);
create index crm_agenda_entry_type_ix on crm_agenda_entry (tenant_id, type_id);

create table crm_agenda_settings (
    tenant_id varchar(64) not null,
    settings  varchar(1000000) not null,
    version   bigint      not null,
    constraint crm_agenda_settings_pk primary key (tenant_id)
);

-- Contracts about to expire, for the agenda's reminders.
create index crm_document_valid_until_ix on crm_document (tenant_id, kind, valid_until);
