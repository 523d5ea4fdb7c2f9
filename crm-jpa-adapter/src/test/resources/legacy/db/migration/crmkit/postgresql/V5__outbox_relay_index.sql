-- The relay reads the oldest unpublished events of every tenant at once (order by seq, a batch at a time).
-- The outbox's only ordering index led with tenant_id, so each relay read the whole table and sorted it: tens of
-- milliseconds per commit once a busy outbox had left dead pages behind, and seconds behind a backlog. An index
-- on seq alone serves that read; the tenant-led one served no query and is dropped, so each event still writes
-- the primary key and one index. This is the one index that does not lead with tenant_id: the relay is the one
-- reader that spans tenants.

create index crm_outbox_relay_ix on crm_outbox (seq);
drop index crm_outbox_seq_ix;
