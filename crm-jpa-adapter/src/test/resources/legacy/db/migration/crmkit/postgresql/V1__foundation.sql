-- CRM Kit foundation: tenants, users, catalogs and the outbox.
-- tenant_id leads every primary key and every index, so the schema can be distributed by tenant (Citus).

create table crm_tenant (
    tenant_id                 varchar(64)  not null,
    name                      varchar(200) not null,
    time_zone                 varchar(64)  not null,
    default_locale            varchar(35)  not null,
    other_classification_name varchar(120) not null,
    created_at                timestamp(6) with time zone not null,
    version                   bigint       not null,
    constraint crm_tenant_pk primary key (tenant_id)
);

create table crm_user (
    tenant_id    varchar(64)  not null,
    user_id      varchar(128) not null,
    display_name varchar(200) not null,
    active       boolean      not null,
    team_id      uuid,
    scope        varchar(16)  not null,
    admin        boolean      not null,
    created_at   timestamp(6) with time zone not null,
    version      bigint       not null,
    constraint crm_user_pk primary key (tenant_id, user_id)
);
create index crm_user_team_ix on crm_user (tenant_id, team_id);
create index crm_user_admin_ix on crm_user (tenant_id, admin, active);

create table crm_catalog_entry (
    tenant_id  varchar(64)  not null,
    id         uuid         not null,
    kind       varchar(32)  not null,
    name       varchar(120) not null,
    name_key   varchar(120) not null,
    details    text         not null,
    active     boolean      not null,
    created_at timestamp(6) with time zone not null,
    version    bigint       not null,
    constraint crm_catalog_entry_pk primary key (tenant_id, id),
    constraint crm_catalog_entry_name_uk unique (tenant_id, kind, name_key)
);

-- Committed events waiting for the relay; a row is deleted once its event is published. seq is the commit
-- order the relay hands events over in (per aggregate, events commit in order: their writes conflict).
create table crm_outbox (
    tenant_id      varchar(64)  not null,
    event_id       uuid         not null,
    seq            bigint generated always as identity,
    aggregate_type varchar(40)  not null,
    aggregate_id   varchar(200) not null,
    payload        text         not null,
    constraint crm_outbox_pk primary key (tenant_id, event_id)
);
create index crm_outbox_seq_ix on crm_outbox (tenant_id, seq);
