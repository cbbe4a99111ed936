-- Referrals: one client sent to one service for one or more of their needs.
-- The reference code is random and carries no personal data. `service_name` keeps what the
-- service was called when referred; the service may later leave the directory.
CREATE TABLE referrals (
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    client_id        INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    service_id       TEXT REFERENCES services(id) ON DELETE SET NULL,
    service_name     TEXT NOT NULL DEFAULT '',
    letter_language  TEXT NOT NULL DEFAULT 'fr',
    state            TEXT NOT NULL DEFAULT 'created' CHECK (state IN
                        ('created', 'printed', 'attended', 'no-show', 'declined', 'closed')),
    state_changed_at TEXT NOT NULL,
    follow_up_on     TEXT,
    close_reason     TEXT NOT NULL DEFAULT '',
    outcome_note     TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       INTEGER
);
CREATE INDEX referrals_by_client ON referrals (client_id);
CREATE INDEX referrals_by_follow_up ON referrals (state, follow_up_on);
CREATE INDEX referrals_by_service ON referrals (service_id);
CREATE INDEX referrals_by_creator ON referrals (created_by);

-- Which needs a referral answers; `category` stays if the need is later removed.
CREATE TABLE referral_needs (
    referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
    need_id     INTEGER REFERENCES client_needs(id) ON DELETE SET NULL,
    category    TEXT NOT NULL
);
CREATE INDEX referral_needs_by_referral ON referral_needs (referral_id);
CREATE INDEX referral_needs_by_need ON referral_needs (need_id);

-- Needs for which no active service fitted when routed, for the reports (counted by
-- category and month; no names). One row per need, resolved when a referral answers it.
CREATE TABLE unmet_needs (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    need_id       INTEGER UNIQUE REFERENCES client_needs(id) ON DELETE SET NULL,
    category      TEXT NOT NULL,
    urgency       TEXT NOT NULL DEFAULT 'this-week',
    first_seen_on TEXT NOT NULL,
    last_seen_on  TEXT NOT NULL,
    resolved_on   TEXT
);
CREATE INDEX unmet_needs_by_category ON unmet_needs (category, first_seen_on);
