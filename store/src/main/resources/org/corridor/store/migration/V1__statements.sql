-- Statements are the only primary data; everything else in a workspace is derived from them.
CREATE TABLE label (
  id   INTEGER PRIMARY KEY,
  expr TEXT NOT NULL UNIQUE
);
INSERT INTO label (id, expr) VALUES (0, '');

-- One row per file that was ingested completely; written in the same transaction as its statements.
CREATE TABLE ingest (
  id               INTEGER PRIMARY KEY,
  source           TEXT NOT NULL,
  path             TEXT NOT NULL,
  sha256           TEXT NOT NULL,
  format           TEXT NOT NULL,
  label            TEXT NOT NULL,
  started_at       TEXT NOT NULL,
  finished_at      TEXT NOT NULL,
  entities         INTEGER NOT NULL,
  statements_seen  INTEGER NOT NULL,
  statements_added INTEGER NOT NULL,
  skipped          INTEGER NOT NULL
);

CREATE TABLE statement (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  entity_id  TEXT NOT NULL,
  schema     TEXT NOT NULL,
  property   TEXT NOT NULL,
  value      TEXT NOT NULL,
  is_ref     INTEGER NOT NULL,
  source     TEXT NOT NULL,
  location   TEXT NOT NULL,
  confidence REAL NOT NULL,
  first_seen TEXT,
  last_seen  TEXT,
  label_id   INTEGER NOT NULL REFERENCES label (id),
  ingest_id  INTEGER
);
CREATE INDEX statement_entity ON statement (entity_id);
CREATE INDEX statement_ref ON statement (value) WHERE is_ref = 1;
