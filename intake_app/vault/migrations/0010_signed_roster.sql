-- Signed roster and signed audit (issue 12).
--
-- `roster` is an append-only, hash-chained list of who holds which key and role. Every
-- entry is signed with an Ed25519 key: the first (the founding coordinator's) by itself,
-- every later one by a coordinator's key (or, to replace a user's keys, the recovery
-- key's). Unlocking folds the roster and compares it with `users` and the key-slot file.
CREATE TABLE roster (
    seq         INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('founder', 'recovery', 'grant', 'role', 'keys', 'remove')),
    user_id     INTEGER,
    role        TEXT NOT NULL DEFAULT '',
    slot_id     TEXT NOT NULL DEFAULT '',
    x_public    TEXT NOT NULL DEFAULT '',
    sign_public TEXT NOT NULL DEFAULT '',
    event_id    INTEGER NOT NULL,
    signer_slot TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    sig         TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT ''
);

-- Every audit event names the slot whose key signed it.
ALTER TABLE audit ADD COLUMN signer_slot TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN sig TEXT NOT NULL DEFAULT '';

-- "I verified the chain up to here": one per slot, signed by that slot's key, so the
-- next unlock verifies only what came after (see vault.trust).
CREATE TABLE audit_checkpoints (
    signer_slot TEXT PRIMARY KEY,
    event_id    INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    sig         TEXT NOT NULL
);

-- Unlock verifies, per stretch between checkpoints, the events not signed by the slot
-- that closed the stretch: found by signer through this index instead of a table scan.
CREATE INDEX audit_by_signer ON audit (signer_slot, user_id, id);

-- Unlock checks that every account change in the trail has its signed roster entry.
CREATE INDEX audit_by_action ON audit (action);
