-- The text of each ingested document (news report, statement), so that the character spans
-- statements point at can always be shown and checked. Written in the same transaction as the
-- document's statements; a re-ingest of the same source replaces it.
CREATE TABLE document (
  source    TEXT PRIMARY KEY,
  label     TEXT NOT NULL,
  title     TEXT NOT NULL,
  published TEXT,
  url       TEXT NOT NULL,
  language  TEXT NOT NULL,
  format    TEXT NOT NULL,
  body      TEXT NOT NULL
);

-- Files whose ingest failed, with the reason, for `corridor ingest --retry-failed`. A file's row
-- goes when it is ingested successfully.
CREATE TABLE ingest_failure (
  path      TEXT PRIMARY KEY,
  reason    TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
