-- On-site interventions and satisfaction. An agenda entry may serve a service case and be an on-site intervention;
-- it carries its attachments (JSON written by CrmJson, as a case's) and, once concluded, its work report (JSON).
-- Resolving a case issues its satisfaction survey: one row per case holding only the SHA-256 of the token handed to
-- the host, what the statistics group by as it was at the resolution (category, team, assignee, whether the two
-- service-level clocks met their targets) and, once answered, the answer. Statistics are aggregates over these rows.

alter table crm_agenda_entry add column case_id uuid;
alter table crm_agenda_entry add column on_site boolean not null default false;
alter table crm_agenda_entry add column attachments text not null default '[]';
alter table crm_agenda_entry add column work_report text;
create index crm_agenda_entry_case_ix on crm_agenda_entry (tenant_id, case_id);

create table crm_case_survey (
    tenant_id          varchar(64)  not null,
    case_id            uuid         not null,
    account_id         uuid         not null,
    token_hash         varchar(64)  not null,
    issued_at          timestamp(6) with time zone not null,
    category_id        uuid,
    team_id            uuid,
    assignee_id        varchar(128),
    first_response_met boolean,
    resolution_met     boolean,
    csat               integer,
    nps                integer,
    answer_comment     varchar(2000),
    answered_at        timestamp(6) with time zone,
    version            bigint       not null,
    constraint crm_case_survey_pk primary key (tenant_id, case_id),
    constraint crm_case_survey_token_uk unique (tenant_id, token_hash)
);
-- The statistics filter by period (the resolution) and by team, agent or category; each filter's index leads with the
-- tenant and ends with the period.
create index crm_case_survey_issued_ix on crm_case_survey (tenant_id, issued_at);
create index crm_case_survey_team_ix on crm_case_survey (tenant_id, team_id, issued_at);
create index crm_case_survey_assignee_ix on crm_case_survey (tenant_id, assignee_id, issued_at);
create index crm_case_survey_category_ix on crm_case_survey (tenant_id, category_id, issued_at);
create index crm_case_survey_account_ix on crm_case_survey (tenant_id, account_id);
-- The low-score rule reads the answers of low scores since a recent instant.
create index crm_case_survey_low_score_ix on crm_case_survey (tenant_id, csat, answered_at);
