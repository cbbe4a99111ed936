-- Directory sources with identity, and local work that survives a re-import.
-- A source is who publishes a directory (a 211 line, a city portal) and a stable key the
-- coordinator confirmed: the key, not the file's or the package's name, namespaces the
-- ids of what it brings, so two sources never overwrite each other.
CREATE TABLE directory_sources (
    key            TEXT PRIMARY KEY,
    publisher      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT '',
    last_import_at TEXT NOT NULL DEFAULT '',
    services       INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO directory_sources (key, publisher)
    SELECT DISTINCT source, source FROM services WHERE source != '';

-- upstream: the service as its source last sent it (a JSON document; NULL for services
-- made here). overrides: fields changed here, kept over the upstream value by the next
-- import. conflicts: overridden fields the source has changed since ("changed upstream,
-- your local value kept"). gone_upstream: the source no longer lists the service.
ALTER TABLE services ADD COLUMN upstream TEXT;
ALTER TABLE services ADD COLUMN overrides TEXT NOT NULL DEFAULT '[]';
ALTER TABLE services ADD COLUMN conflicts TEXT NOT NULL DEFAULT '[]';
ALTER TABLE services ADD COLUMN gone_upstream INTEGER NOT NULL DEFAULT 0;
CREATE INDEX services_gone ON services (gone_upstream);
