-- Clients, their needs, consents and household; the search index; drafts; merges.
-- There is deliberately no immigration-status column anywhere.
CREATE TABLE clients (
    id                     INTEGER PRIMARY KEY,
    number                 TEXT NOT NULL UNIQUE,
    given_name             TEXT NOT NULL DEFAULT '',
    family_name            TEXT NOT NULL DEFAULT '',
    preferred_name         TEXT NOT NULL DEFAULT '',
    naming                 TEXT NOT NULL DEFAULT 'full-name',
    birth_year             INTEGER,
    age_range              TEXT NOT NULL DEFAULT '',
    languages              TEXT NOT NULL DEFAULT '',   -- ISO 639 codes, comma separated
    letter_language        TEXT NOT NULL DEFAULT 'fr',
    phone                  TEXT NOT NULL DEFAULT '',
    email                  TEXT NOT NULL DEFAULT '',
    area                   TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    sensitive_note         TEXT NOT NULL DEFAULT '',
    no_health_card         TEXT NOT NULL DEFAULT 'unknown',
    no_photo_id            TEXT NOT NULL DEFAULT 'unknown',
    no_proof_of_address    TEXT NOT NULL DEFAULT 'unknown',
    no_income              TEXT NOT NULL DEFAULT 'unknown',
    needs_interpreter      TEXT NOT NULL DEFAULT 'unknown',
    archived               INTEGER NOT NULL DEFAULT 0,
    merged_into            INTEGER REFERENCES clients(id) ON DELETE SET NULL,
    created_by             INTEGER,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    last_activity          TEXT NOT NULL
);
CREATE INDEX clients_by_activity ON clients (last_activity DESC);
CREATE INDEX clients_by_merge ON clients (merged_into);

-- Needs keep a stable id: referrals point at them.
CREATE TABLE client_needs (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    urgency     TEXT NOT NULL DEFAULT 'this-week',
    reason      TEXT NOT NULL DEFAULT '',
    met         INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE INDEX client_needs_by_client ON client_needs (client_id);

CREATE TABLE client_consents (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL DEFAULT '',
    shares      TEXT NOT NULL DEFAULT '',   -- ShareItem values, comma separated
    with_whom   TEXT NOT NULL DEFAULT '',
    method      TEXT NOT NULL DEFAULT 'verbal',
    given_on    TEXT,
    expires_on  TEXT,
    revoked_on  TEXT
);
CREATE INDEX client_consents_by_client ON client_consents (client_id);
CREATE INDEX client_consents_by_expiry ON client_consents (expires_on);

CREATE TABLE client_household (
    id          INTEGER PRIMARY KEY,
    client_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    relation    TEXT NOT NULL DEFAULT '',
    age_range   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX client_household_by_client ON client_household (client_id);

-- Names, client number and phone digits only, folded and with name variants added.
-- Never notes, barriers, the sensitive note, household or e-mail. rowid = clients.id.
CREATE VIRTUAL TABLE clients_fts USING fts5(
    terms, prefix = '1 2 3', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE clients_fts_vocab USING fts5vocab(clients_fts, 'row');

-- Unsaved intake work, autosaved inside the encrypted vault (never in a temp file).
CREATE TABLE client_drafts (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    client_id   INTEGER REFERENCES clients(id) ON DELETE CASCADE,
    payload     TEXT NOT NULL,   -- JSON
    saved_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX client_drafts_one_per_record ON client_drafts (user_id, ifnull(client_id, 0));

-- What a merge moved, so it can be undone exactly.
CREATE TABLE client_merges (
    id            INTEGER PRIMARY KEY,
    survivor_id   INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    merged_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    moved         TEXT NOT NULL,   -- JSON {table: {column: [rowids]}}
    survivor_before TEXT NOT NULL, -- JSON of the survivor's fields before the merge
    merged_at     TEXT NOT NULL,
    merged_by     INTEGER,
    undone_at     TEXT
);
CREATE INDEX client_merges_by_client ON client_merges (survivor_id, merged_id);
