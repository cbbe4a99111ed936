-- Reports: one row per letter printed or saved (for "letters printed, by language"), and
-- the covering indexes the report aggregates read a period with (no table lookups).
-- `lang` is the letter's language; nothing else about the letter or the client is kept.
CREATE TABLE letters_printed (
    id           INTEGER PRIMARY KEY,
    referral_id  INTEGER REFERENCES referrals(id) ON DELETE CASCADE,
    client_id    INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    lang         TEXT NOT NULL DEFAULT 'fr',
    printed_at   TEXT NOT NULL,
    printed_by   INTEGER
);
CREATE INDEX letters_printed_by_time ON letters_printed (printed_at, client_id, lang);
CREATE INDEX letters_printed_by_client ON letters_printed (client_id);
CREATE INDEX letters_printed_by_referral ON letters_printed (referral_id);

-- Letters printed before this table existed are in the audit trail (one event per
-- referral printed or saved); their language is the referral's.
INSERT INTO letters_printed (referral_id, client_id, lang, printed_at, printed_by)
SELECT r.id, r.client_id, r.letter_language, a.at, a.user_id
FROM audit a JOIN referrals r ON r.id = CAST(a.record_id AS INTEGER)
WHERE a.action IN ('letter-printed', 'letter-saved') AND a.record_type = 'referral';

CREATE INDEX clients_by_created ON clients (created_at, id);
CREATE INDEX clients_by_creator ON clients (created_by, id);
CREATE INDEX client_needs_by_created ON client_needs (created_at, client_id, category);
CREATE INDEX referrals_by_created
    ON referrals (created_at, client_id, state, state_changed_at, service_id);
CREATE INDEX referrals_by_state_change ON referrals (state_changed_at, client_id);
CREATE INDEX referrals_by_follow_up_date
    ON referrals (follow_up_on, client_id, state, state_changed_at);
CREATE INDEX unmet_needs_by_first_seen ON unmet_needs (first_seen_on, client_id, category);
