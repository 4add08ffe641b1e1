-- An entry may carry the id its client made for it (a UUID made in the browser when an entry is added,
-- kept with the entry while it waits offline). A retry of the same add finds the entry already there
-- instead of logging it twice. NULLs are distinct in a UNIQUE index on SQLite and PostgreSQL alike,
-- so entries without a client id are unaffected.
ALTER TABLE diary_entries ADD COLUMN client_id TEXT;
CREATE UNIQUE INDEX diary_entries_client ON diary_entries (user_id, client_id);
