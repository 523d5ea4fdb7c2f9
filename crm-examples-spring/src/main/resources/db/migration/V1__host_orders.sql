-- The host's own table, migrated by Spring Boot's Flyway (history in flyway_schema_history), beside CRM Kit's tables
-- (migrated by the starter, history in crmkit_schema_history).
create table host_order (
    id varchar(36) not null primary key,
    tenant_id varchar(100) not null,
    account_id varchar(36) not null,
    amount numeric(19, 2) not null,
    placed_at timestamp(6) with time zone not null
);
