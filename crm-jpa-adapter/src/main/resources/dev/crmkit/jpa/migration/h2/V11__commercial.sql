-- Commercial: the products and services a tenant sells, and price lists that carry a currency and prices.
-- A price list stays a PRICE_LIST catalog entry (its name, its active flag, the accounts that refer to it); its
-- currency lives in crm_price_list and its prices in crm_product_price. Every price-list catalog entry gets its row
-- here, with the currency of the tenant's default language's country where this migration knows it; elsewhere the
-- currency stays unset until an administrator sets it (a list without a currency takes no prices).

create table crm_product (
    tenant_id   varchar(64)  not null,
    id          uuid         not null,
    code        varchar(60)  not null,
    code_key    varchar(120) not null,
    name        varchar(200) not null,
    unit        varchar(20),
    kind        varchar(16)  not null,
    route       varchar(16)  not null,
    group_name  varchar(120),
    group_key   varchar(120),
    active      boolean      not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint       not null,
    constraint crm_product_pk primary key (tenant_id, id),
    constraint crm_product_code_uk unique (tenant_id, code_key)
);

create table crm_price_list (
    tenant_id  varchar(64) not null,
    id         uuid        not null,
    currency   varchar(3),
    version    bigint      not null,
    constraint crm_price_list_pk primary key (tenant_id, id)
);

create table crm_product_price (
    tenant_id     varchar(64)    not null,
    id            uuid           not null,
    price_list_id uuid           not null,
    product_id    uuid           not null,
    amount        numeric(19, 4) not null,
    currency      varchar(3)     not null,
    valid_from    date           not null,
    valid_until   date,
    constraint crm_product_price_pk primary key (tenant_id, id)
);
create index crm_product_price_list_ix on crm_product_price (tenant_id, price_list_id, product_id, valid_from);

insert into crm_price_list (tenant_id, id, currency, version)
select e.tenant_id, e.id,
       case when position('-' in t.default_locale) = 0 then null
            else case upper(substring(t.default_locale from position('-' in t.default_locale) + 1 for 2))
                when 'BR' then 'BRL' when 'US' then 'USD' when 'GB' then 'GBP' when 'MX' then 'MXN'
                when 'AR' then 'ARS' when 'CL' then 'CLP' when 'CO' then 'COP' when 'PE' then 'PEN'
                when 'UY' then 'UYU' when 'PY' then 'PYG' when 'BO' then 'BOB' when 'CA' then 'CAD'
                when 'PT' then 'EUR' when 'ES' then 'EUR' when 'FR' then 'EUR' when 'DE' then 'EUR'
                when 'IT' then 'EUR' when 'NL' then 'EUR' when 'BE' then 'EUR' when 'IE' then 'EUR'
                when 'AO' then 'AOA' when 'MZ' then 'MZN'
                else null end
       end,
       1
from crm_catalog_entry e
join crm_tenant t on t.tenant_id = e.tenant_id
where e.kind = 'PRICE_LIST';
