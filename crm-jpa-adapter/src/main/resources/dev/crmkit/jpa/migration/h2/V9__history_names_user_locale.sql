-- History reads in words. A pipeline history entry keeps the names its change referred to as they were when it
-- was made: the acting user's, and those of the stages, labels, users or account its old and new values name (a
-- later rename leaves them as they were). Entries written before have none, and read with the raw values.
alter table crm_pipeline_history add column actor_name varchar(200);
alter table crm_pipeline_history add column old_name varchar(1000000);
alter table crm_pipeline_history add column new_name varchar(1000000);

-- The same for an account's timeline: the acting user's name and the name of the stage a card event names.
alter table crm_timeline add column actor_name varchar(200);
alter table crm_timeline add column subject_name varchar(400);

-- A user may read the CRM in a language of their own (a BCP 47 tag); null reads the tenant's.
alter table crm_user add column locale varchar(35);
