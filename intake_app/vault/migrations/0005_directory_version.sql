-- A counter that moves on every change to the directory, so a prepared copy of the
-- directory (kept for routing) knows when it is stale without comparing rows.
INSERT OR IGNORE INTO meta (key, value) VALUES ('directory_version', '0');

CREATE TRIGGER services_changed_ins AFTER INSERT ON services BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version';
END;
CREATE TRIGGER services_changed_upd AFTER UPDATE ON services BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version';
END;
CREATE TRIGGER services_changed_del AFTER DELETE ON services BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version';
END;
CREATE TRIGGER organizations_changed_upd AFTER UPDATE ON organizations BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'directory_version';
END;
