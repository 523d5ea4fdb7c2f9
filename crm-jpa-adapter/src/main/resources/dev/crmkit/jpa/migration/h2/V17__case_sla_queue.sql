-- Service levels and the case queue. Each case stores the instants of its two clocks (first response and resolution):
-- the target (in seconds of business time), when it falls due, when its at-risk share is used, and when the clock
-- stopped; the spans its resolution clock stood still and resumed (JSON written by CrmJson); and the queue's order key,
-- the earlier due time of its running clocks (null when none runs). Where a clock stands (on track, at risk, breached,
-- paused, met) is derived from these instants at read time, never stored. Per tenant one row of service levels.

alter table crm_case add column first_response_target  bigint;
alter table crm_case add column first_response_due_at  timestamp(6) with time zone;
alter table crm_case add column first_response_risk_at timestamp(6) with time zone;
alter table crm_case add column first_response_at      timestamp(6) with time zone;
alter table crm_case add column resolution_target      bigint;
alter table crm_case add column resolution_due_at      timestamp(6) with time zone;
alter table crm_case add column resolution_risk_at     timestamp(6) with time zone;
alter table crm_case add column resolution_stopped_at  timestamp(6) with time zone;
alter table crm_case add column clock_pauses           text not null default '[]';
alter table crm_case add column sla_due_at             timestamp(6) with time zone;

-- Cases opened before service levels existed: a resolved or closed case's clocks stopped at its resolution (or close),
-- a waiting one's resolution clock when it last changed.
update crm_case set first_response_at = coalesce(resolved_at, closed_at), resolution_stopped_at = coalesce(resolved_at, closed_at)
    where status in ('RESOLVED', 'CLOSED');
update crm_case set resolution_stopped_at = updated_at where status = 'WAITING_CUSTOMER';

-- The queue: every filter's index leads with the tenant; the order (due time, then id) follows the most used ones.
create index crm_case_queue_ix on crm_case (tenant_id, sla_due_at, id);
create index crm_case_status_queue_ix on crm_case (tenant_id, status, sla_due_at, id);
create index crm_case_team_queue_ix on crm_case (tenant_id, team_id, sla_due_at, id);
create index crm_case_assignee_queue_ix on crm_case (tenant_id, assignee_id, sla_due_at, id);
create index crm_case_created_ix on crm_case (tenant_id, created_at);
create index crm_case_first_response_ix on crm_case (tenant_id, first_response_due_at);
create index crm_case_resolution_ix on crm_case (tenant_id, resolution_due_at);

create table crm_sla_settings (
    tenant_id       varchar(64)  not null,
    working_days    varchar(100) not null,
    opens           varchar(20)  not null,
    closes          varchar(20)  not null,
    holidays        text         not null,
    targets         text         not null,
    at_risk_percent integer      not null,
    version         bigint       not null,
    constraint crm_sla_settings_pk primary key (tenant_id)
);
