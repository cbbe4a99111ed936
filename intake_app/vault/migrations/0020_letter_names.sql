-- The client's name in Latin letters, confirmed by the caseworker: letters print it (and
-- make initials from it) for a name written in another script. Services and organizations
-- keep their letter names inside their JSON documents (`letter_name`, `letter_line`).
ALTER TABLE clients ADD COLUMN latin_name TEXT NOT NULL DEFAULT '';
