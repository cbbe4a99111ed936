-- The Directory page counts the services that need the coordinator (gone upstream or with
-- conflicting fields) each time it loads. Without an index that count read every service,
-- upstream versions too, through the session's page cache: at 50,000 services it filled
-- the whole cache (32 MB of resident memory) for a count that is usually zero. The partial
-- index holds only those services, so the count reads a page or two.
CREATE INDEX IF NOT EXISTS services_needing_review
    ON services (id, gone_upstream, conflicts)
    WHERE gone_upstream = 1 OR conflicts != '[]';
