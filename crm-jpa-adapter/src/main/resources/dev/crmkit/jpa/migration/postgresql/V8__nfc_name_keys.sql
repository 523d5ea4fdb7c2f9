-- A name's key, which names are unique by and characteristic values are compared by, is in Unicode normalization
-- form C from now on (dev.crmkit.common.Text#key): "José" typed with a composed é and typed with an e and a
-- combining accent share one key. Keys stored before are in whatever form the host sent. This brings them to form
-- C, except where two rows would then share a unique key (two names the old code took for different ones): of
-- those, the row that already has the normalized key, or else the one with the lowest id, takes it, and the others
-- keep their key as it is. Nothing is renamed; the next rename of such a row is checked against the other.
-- normalize() needs a UTF8 database; in any other encoding no stored key can hold a combining mark to fold.

do $$
begin
    if current_setting('server_encoding') <> 'UTF8' then
        return;
    end if;

    update crm_catalog_entry e set name_key = normalize(e.name_key, NFC)
    where e.name_key is not nfc normalized
      and not exists (
          select 1 from crm_catalog_entry o
          where o.tenant_id = e.tenant_id and o.kind = e.kind and o.id <> e.id
            and (o.name_key = normalize(e.name_key, NFC)
                 or (o.id < e.id and normalize(o.name_key, NFC) = normalize(e.name_key, NFC))));

    update crm_pipeline e set name_key = normalize(e.name_key, NFC)
    where e.name_key is not nfc normalized
      and not exists (
          select 1 from crm_pipeline o
          where o.tenant_id = e.tenant_id and o.id <> e.id
            and (o.name_key = normalize(e.name_key, NFC)
                 or (o.id < e.id and normalize(o.name_key, NFC) = normalize(e.name_key, NFC))));

    update crm_saved_filter e set name_key = normalize(e.name_key, NFC)
    where e.name_key is not nfc normalized
      and not exists (
          select 1 from crm_saved_filter o
          where o.tenant_id = e.tenant_id and o.pipeline_id = e.pipeline_id and o.owner_id = e.owner_id and o.id <> e.id
            and (o.name_key = normalize(e.name_key, NFC)
                 or (o.id < e.id and normalize(o.name_key, NFC) = normalize(e.name_key, NFC))));

    -- No unique key here: a filter on a characteristic value compares keys, which must all be in form C.
    update crm_account_characteristic set value_key = normalize(value_key, NFC)
    where value_key is not nfc normalized;
end
$$;
