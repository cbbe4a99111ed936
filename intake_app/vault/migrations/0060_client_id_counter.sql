-- Client ids (and the numbers made from them) are never given out twice: a counter in
-- meta remembers the highest id ever used, deleted clients included. Seeded from the
-- clients still here and from every client id the audit trail has seen (a client deleted
-- before this migration), so a new person never inherits a deleted person's history.
INSERT OR IGNORE INTO meta (key, value)
SELECT 'clients.last_id', max(
    (SELECT ifnull(max(id), 0) FROM clients),
    (SELECT ifnull(max(CAST(record_id AS INTEGER)), 0) FROM audit
      WHERE record_type = 'client' AND record_id GLOB '[0-9]*')
);
INSERT OR IGNORE INTO meta (key, value)
SELECT 'referrals.last_id', max(
    (SELECT ifnull(max(id), 0) FROM referrals),
    (SELECT ifnull(max(CAST(record_id AS INTEGER)), 0) FROM audit
      WHERE record_type = 'referral' AND record_id GLOB '[0-9]*')
);
