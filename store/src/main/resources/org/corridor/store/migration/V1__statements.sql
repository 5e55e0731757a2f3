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

-- Where and when statements were read: a source and a seen time. Statements refer to it by id,
-- so a row does not repeat the source name and time strings.
CREATE TABLE origin (
  id     INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  seen   TEXT NOT NULL,
  UNIQUE (source, seen)
);

-- Clustered by entity: an entity's statements sit together, so reading one is a range scan, and
-- the primary key also enforces that a statement (whose id hashes its entity) is stored once.
-- seq orders values as they were first stated.
CREATE TABLE statement (
  entity_id  TEXT NOT NULL,
  id         TEXT NOT NULL,
  seq        INTEGER NOT NULL,
  schema     TEXT NOT NULL,
  property   TEXT NOT NULL,
  value      TEXT NOT NULL,
  is_ref     INTEGER NOT NULL,
  location   TEXT NOT NULL,
  confidence REAL NOT NULL,
  first_origin INTEGER NOT NULL REFERENCES origin (id),
  last_origin  INTEGER NOT NULL REFERENCES origin (id),
  label_id   INTEGER NOT NULL REFERENCES label (id),
  ingest_id  INTEGER,
  PRIMARY KEY (entity_id, id)
) WITHOUT ROWID;
CREATE INDEX statement_ref ON statement (value) WHERE is_ref = 1;

CREATE TABLE counter (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO counter (name, value) VALUES ('seq', 0);
