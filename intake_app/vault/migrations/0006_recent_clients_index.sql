-- "Recent clients" reads the newest activity first; with the id as tie-break in the index
-- it stops after the first rows instead of sorting every client.
DROP INDEX IF EXISTS clients_by_activity;
CREATE INDEX clients_by_activity ON clients (last_activity DESC, id DESC);
