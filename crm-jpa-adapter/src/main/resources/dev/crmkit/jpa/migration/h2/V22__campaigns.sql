-- Campaigns (see the PostgreSQL migration).

create table crm_campaign (
    tenant_id    varchar(64)  not null,
    campaign_id  uuid         not null,
    name         varchar(120) not null,
    name_key     varchar(240) not null,
    kind         varchar(20)  not null,
    starts_on    date         not null,
    ends_on      date         not null,
    owner_id     varchar(128) not null,
    target_json  varchar(1000000) not null,
    status       varchar(20)  not null,
    offer_json   varchar(1000000),
    plan_json    varchar(1000000),
    created_at   timestamp(6) with time zone not null,
    launched_at  timestamp(6) with time zone,
    ended_at     timestamp(6) with time zone,
    version      bigint       not null,
    constraint crm_campaign_pk primary key (tenant_id, campaign_id),
    constraint crm_campaign_name_uk unique (tenant_id, name_key)
);

create table crm_campaign_member (
    tenant_id        varchar(64)  not null,
    member_id        uuid         not null,
    campaign_id      uuid         not null,
    account_id       uuid         not null,
    contact_id       uuid,
    status           varchar(20)  not null,
    skip_reason      varchar(20),
    assignee         varchar(128),
    planned_on       date,
    agenda_entry_id  uuid,
    quote_id         uuid,
    updated_at       timestamp(6) with time zone not null,
    version          bigint       not null,
    constraint crm_campaign_member_pk primary key (tenant_id, member_id)
);
create index crm_campaign_member_campaign_ix on crm_campaign_member (tenant_id, campaign_id, member_id);
create index crm_campaign_member_account_ix on crm_campaign_member (tenant_id, account_id);

create table crm_campaign_history (
    tenant_id    varchar(64)  not null,
    campaign_id  uuid         not null,
    event_id     uuid         not null,
    occurred_at  timestamp(6) with time zone not null,
    actor_name   varchar(200),
    payload      varchar(1000000) not null,
    constraint crm_campaign_history_pk primary key (tenant_id, campaign_id, event_id)
);
