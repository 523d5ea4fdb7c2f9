-- An Ecuadorian company RUC whose check digit does not match is a warning, not a refusal: the SRI does not generate
-- private-company RUCs by an algorithm. A command stores such a number only when it accepts the warning, and the account
-- records which warning, who accepted it and when. The three columns are set together, or all null.

alter table crm_account add column tax_warning varchar(40);
alter table crm_account add column tax_warning_accepted_by varchar(128);
alter table crm_account add column tax_warning_accepted_at timestamp(6) with time zone;
alter table crm_account add constraint crm_account_tax_warning_ck check (
    (tax_warning is null) = (tax_warning_accepted_by is null) and (tax_warning is null) = (tax_warning_accepted_at is null));
