-- The event relay works on one tenant at a time: after a commit it reads and deletes the committing tenant's
-- events, every statement pinning tenant_id. Only the scheduled sweep reads across tenants, with one aggregate over
-- the outbox.
--
-- Delivery state of an event the publisher refused: how many attempts failed, when the next one is due, when it
-- was parked (no more automatic attempts), and what the last attempt threw.
alter table crm_outbox add column attempts integer not null default 0;
alter table crm_outbox add column next_attempt_at timestamp(6) with time zone;
alter table crm_outbox add column parked_at timestamp(6) with time zone;
alter table crm_outbox add column last_failure varchar(1000);

-- The relay's read: the tenant's oldest events, in commit order. It replaces V5's index on seq alone, which only
-- the cross-tenant relay used.
create index crm_outbox_tenant_seq_ix on crm_outbox (tenant_id, seq);
drop index crm_outbox_relay_ix;

-- H2 has no partial index: the relay's read finds the aggregates a refused event holds back through the index
-- above, among the tenant's own rows.
