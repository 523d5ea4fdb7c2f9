-- Account filters that look beyond the account (an open card in a pipeline or stage, a prospect in progress or
-- abandoned, a case still to be dealt with) are EXISTS conditions on an account's cards and cases: these indexes
-- serve them from the account's id. Segments are saved account queries: the query is a versioned JSON document
-- written by CrmJson; a segment is private to its owner or shared with the tenant's users, and its name is unique
-- per owner.
create index crm_card_account_state_ix on crm_card (tenant_id, account_id, is_open, pipeline_id, stage_id);
create index crm_case_account_status_ix on crm_case (tenant_id, account_id, status);
create index crm_account_person_kind_ix on crm_account (tenant_id, person_kind);
create index crm_account_supplier_ix on crm_account (tenant_id, supplier);

create table crm_segment (
    tenant_id     varchar(64)  not null,
    id            uuid         not null,
    owner_id      varchar(128) not null,
    name          varchar(120) not null,
    name_key      varchar(120) not null,
    shared        boolean      not null,
    criteria_json varchar(1000000) not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       bigint       not null,
    constraint crm_segment_pk primary key (tenant_id, id),
    constraint crm_segment_name_uk unique (tenant_id, owner_id, name_key)
);
create index crm_segment_shared_ix on crm_segment (tenant_id, shared, name_key, id);
