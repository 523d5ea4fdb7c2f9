-- An account's timeline keeps the names of the time of every stage, label and user an event mentions (the stage a
-- card moved from as well as the one it moved to, the labels and members a card change lists, the responsibles
-- added or removed), as a JSON object from id to name. It replaces subject_name, which kept only the stage a card
-- event named: rows written before keep it and are read with it.
alter table crm_timeline add column names text;
