-- The relay's read of a tenant's due events, as a function that plans it with bitmap scans off.
--
-- The outbox is a queue: its rows are inserted and deleted all day, so its statistics are usually those of a
-- nearly empty table, taken between two bursts. With such statistics PostgreSQL reads a tenant's events through a
-- bitmap scan of crm_outbox_tenant_seq_ix, which visits every index entry of the tenant (the deleted ones too, until
-- a vacuum) and then sorts them all to keep the first batch: 45 ms a batch with 100,000 events waiting, so draining
-- n events cost about n * n / 256 visits. A plain index scan of the same index stops at the batch and marks the
-- deleted entries it passes as dead, so the next read skips them: under 1 ms a batch, whatever the statistics.
-- Nothing in a statement can ask for one plan over another; a function's SET clause can, for its own statements
-- only. Every statement still pins tenant_id: the function reads the tenant it is given, and on a database
-- distributed by tenant it is distributed by its first argument, so a call runs on the tenant's shard.
create function crm_outbox_due(p_tenant varchar, p_now timestamp with time zone, p_limit integer)
    returns table (payload text, attempts integer, next_attempt_at timestamp with time zone,
                   parked_at timestamp with time zone, last_failure varchar)
    language sql stable
    set enable_bitmapscan = off
as $$
    select o.payload, o.attempts, o.next_attempt_at, o.parked_at, o.last_failure
    from crm_outbox o
    where o.tenant_id = p_tenant
      and (o.aggregate_type, o.aggregate_id) not in (
          select h.aggregate_type, h.aggregate_id from crm_outbox h
          where h.tenant_id = p_tenant and h.attempts > 0 and (h.parked_at is not null or h.next_attempt_at > p_now))
    order by o.seq
    limit p_limit
$$;
