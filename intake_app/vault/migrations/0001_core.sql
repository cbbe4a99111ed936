-- Core tables: vault facts, vault-wide settings, staff accounts and the audit trail.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL  -- JSON
);

CREATE TABLE users (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT NOT NULL,
    name_key               TEXT NOT NULL UNIQUE,
    role                   TEXT NOT NULL CHECK (role IN ('coordinator', 'caseworker')),
    slot_id                TEXT NOT NULL,
    must_change_passphrase INTEGER NOT NULL DEFAULT 0,
    active                 INTEGER NOT NULL DEFAULT 1,
    created_at             TEXT NOT NULL
);

-- Hash-chained: each row's hash covers its fields and the previous row's hash, so an
-- edited or removed event breaks the chain. `detail` holds ids and counts, never names.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER,
    action      TEXT NOT NULL,
    record_type TEXT NOT NULL DEFAULT '',
    record_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_by_record ON audit (record_type, record_id);
CREATE INDEX audit_by_user ON audit (user_id, at);
