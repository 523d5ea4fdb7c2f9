-- Consent to be reached (per account or contact and channel): decisions are only ever added, the latest of a
-- subject and channel counts, and the earlier ones stay as evidence; seq orders decisions recorded at the same
-- instant. Opt-out tokens are kept as the SHA-256 of the token, never the token. One row per tenant holds its rule
-- of consent (the channels that need consent granted first); a tenant without a row has the default rule. An
-- account's decisions and tokens are deleted with it.

create table crm_consent (
    tenant_id   varchar(64)  not null,
    seq         bigint generated always as identity,
    account_id  uuid         not null,
    contact_id  uuid,
    channel     varchar(20)  not null,
    state       varchar(20)  not null,
    source      varchar(200) not null,
    recorded_at timestamp(6) with time zone not null,
    recorded_by varchar(128),
    constraint crm_consent_pk primary key (tenant_id, seq)
);
create index crm_consent_account_ix on crm_consent (tenant_id, account_id, seq);

create table crm_consent_token (
    tenant_id   varchar(64) not null,
    token_hash  char(64)    not null,
    account_id  uuid        not null,
    contact_id  uuid,
    channel     varchar(20) not null,
    issued_at   timestamp(6) with time zone not null,
    constraint crm_consent_token_pk primary key (tenant_id, token_hash)
);
create index crm_consent_token_account_ix on crm_consent_token (tenant_id, account_id);

create table crm_consent_settings (
    tenant_id         varchar(64)  not null,
    explicit_channels varchar(200) not null,
    constraint crm_consent_settings_pk primary key (tenant_id)
);
