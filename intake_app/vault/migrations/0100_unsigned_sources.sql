-- Issue 22: which directory sources came from a file no organization signed, so the list
-- and the service detail can mark their services "unsigned source". A signed package's
-- import clears the mark, an unsigned import sets it. Every source imported before
-- signed packages existed came from an unsigned file; a signed package's source is named
-- `org-…` by default, so those are left unmarked.
ALTER TABLE directory_sources ADD COLUMN unsigned INTEGER NOT NULL DEFAULT 0;
UPDATE directory_sources SET unsigned = 1 WHERE last_import_at != '' AND key NOT LIKE 'org-%';
