-- Between agencies (issue 22). This vault's organization key pairs (Ed25519 to sign,
-- X25519 to receive), kept only inside the encrypted database; the newest unretired one
-- is current, retired ones still open transfers sent to them. Other organizations' cards
-- (public keys only) are trusted once a coordinator confirms the fingerprint. Each
-- publisher's highest imported directory version keeps an older package from replacing a
-- newer one; each received transfer id refuses a replay.
CREATE TABLE org_keys (
    key_id TEXT PRIMARY KEY,
    sign_private BLOB NOT NULL,
    x_private BLOB NOT NULL,
    created_at TEXT NOT NULL,
    retired_at TEXT
);
CREATE TABLE partner_orgs (
    key_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    sign_public BLOB NOT NULL,
    x_public BLOB NOT NULL,
    imported_at TEXT NOT NULL,
    trusted_at TEXT,
    trusted_by INTEGER REFERENCES users(id),
    revoked_at TEXT,
    replaced_by TEXT,
    directory_version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE directory_packages (
    id INTEGER PRIMARY KEY,
    publisher_key TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 0,
    published_at TEXT NOT NULL DEFAULT '',
    signed INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    services INTEGER NOT NULL
);
CREATE TABLE transfers (
    transfer_id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    partner_key TEXT NOT NULL,
    client_id INTEGER,
    at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
