-- PostgreSQL's V25 adds crm_outbox_due, the relay's read planned with bitmap scans off. H2 has no bitmap scans: its
-- relay reads the outbox with the plain statement, through crm_outbox_tenant_seq_ix, and needs nothing here. The
-- version is kept so that both databases' histories have the same versions.
select 1;
