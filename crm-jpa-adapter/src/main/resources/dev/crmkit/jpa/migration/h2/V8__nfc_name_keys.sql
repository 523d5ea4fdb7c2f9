-- A name's key, which names are unique by and characteristic values are compared by, is in Unicode normalization
-- form C from now on (dev.crmkit.common.Text#key): "José" typed with a composed é and typed with an e and a
-- combining accent share one key. Keys stored before are in whatever form the host sent. This brings them to form
-- C, except where two rows would then share a unique key (two names the old code took for different ones): of
-- those, the row that already has the normalized key, or else the one with the lowest id, takes it, and the others
-- keep their key as it is. Nothing is renamed; the next rename of such a row is checked against the other.
-- H2 has no normalize(): the adapter's own Java function stands in for it while the migration runs.

create alias crmkit_nfc for 'dev.crmkit.jpa.H2Functions.nfc';

update crm_catalog_entry e set name_key = crmkit_nfc(e.name_key)
where e.name_key <> crmkit_nfc(e.name_key)
  and not exists (
      select 1 from crm_catalog_entry o
      where o.tenant_id = e.tenant_id and o.kind = e.kind and o.id <> e.id
        and (o.name_key = crmkit_nfc(e.name_key)
             or (o.id < e.id and crmkit_nfc(o.name_key) = crmkit_nfc(e.name_key))));

update crm_pipeline e set name_key = crmkit_nfc(e.name_key)
where e.name_key <> crmkit_nfc(e.name_key)
  and not exists (
      select 1 from crm_pipeline o
      where o.tenant_id = e.tenant_id and o.id <> e.id
        and (o.name_key = crmkit_nfc(e.name_key)
             or (o.id < e.id and crmkit_nfc(o.name_key) = crmkit_nfc(e.name_key))));

update crm_saved_filter e set name_key = crmkit_nfc(e.name_key)
where e.name_key <> crmkit_nfc(e.name_key)
  and not exists (
      select 1 from crm_saved_filter o
      where o.tenant_id = e.tenant_id and o.pipeline_id = e.pipeline_id and o.owner_id = e.owner_id and o.id <> e.id
        and (o.name_key = crmkit_nfc(e.name_key)
             or (o.id < e.id and crmkit_nfc(o.name_key) = crmkit_nfc(e.name_key))));

-- No unique key here: a filter on a characteristic value compares keys, which must all be in form C.
update crm_account_characteristic set value_key = crmkit_nfc(value_key)
where value_key <> crmkit_nfc(value_key);

drop alias crmkit_nfc;
