-- Service cases: one row per case (comments and attachments as JSON documents written by CrmJson), its history (one row
-- per event, with the names its values had at the time), and per tenant one row holding the last case number given
-- and the settings of cases. An account with cases is never deleted (the core refuses it). Opening a case updates that row, which holds it until the commit: numbers are given
-- without gaps or repeats, and a rolled-back opening gives its number back.

create table crm_case_counter (
    tenant_id          varchar(64) not null,
    last_number        bigint      not null,
    reopen_window_days integer     not null,
    constraint crm_case_counter_pk primary key (tenant_id)
);

create table crm_case (
    tenant_id        varchar(64)    not null,
    id               uuid           not null,
    number           bigint         not null,
    account_id       uuid           not null,
    contact_id       uuid,
    subject          varchar(200)   not null,
    description      varchar(10000),
    channel          varchar(16)    not null,
    category_id      uuid,
    priority_id      uuid,
    assignee_id      varchar(128),
    team_id          uuid,
    status           varchar(20)    not null,
    opened_by        varchar(128)   not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    resolved_at      timestamp(6) with time zone,
    closed_at        timestamp(6) with time zone,
    comments         text           not null,
    attachments      text           not null,
    version          bigint         not null,
    constraint crm_case_pk primary key (tenant_id, id),
    constraint crm_case_number_uk unique (tenant_id, number)
);
create index crm_case_account_ix on crm_case (tenant_id, account_id);
create index crm_case_assignee_ix on crm_case (tenant_id, assignee_id);
create index crm_case_category_ix on crm_case (tenant_id, category_id);
create index crm_case_priority_ix on crm_case (tenant_id, priority_id);
create index crm_case_team_ix on crm_case (tenant_id, team_id);

create table crm_case_history (
    tenant_id   varchar(64) not null,
    case_id     uuid        not null,
    event_id    uuid        not null,
    occurred_at timestamp(6) with time zone not null,
    actor_name  varchar(200),
    payload     text        not null,
    names       text        not null,
    constraint crm_case_history_pk primary key (tenant_id, case_id, event_id)
);
create index crm_case_history_order_ix on crm_case_history (tenant_id, case_id, occurred_at, event_id);
