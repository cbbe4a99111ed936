-- The service directory (Open Referral HSDS 3 shaped). A service is stored as one JSON
-- document (its locations, hours, phones, terms) beside the columns we look it up by; the
-- organization is its own row because services share it. Loading the whole directory is
-- two queries, whatever its size.
CREATE TABLE organizations (
    id         TEXT PRIMARY KEY,         -- UUID
    source     TEXT NOT NULL DEFAULT '',
    source_id  TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL,
    doc        TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE services (
    id              TEXT PRIMARY KEY,    -- UUID
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    source          TEXT NOT NULL DEFAULT '',
    source_id       TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    last_verified   TEXT,
    doc             TEXT NOT NULL DEFAULT '{}',
    updated_at      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX services_by_org ON services (organization_id);
CREATE INDEX services_by_source ON services (source, source_id);
CREATE INDEX services_active ON services (active);
