-- Entity resolution. A merge re-points statements to a canonical id; the id a statement was read
-- with (and, for a reference, the id it named) is kept beside it, so that an undo can put every
-- statement back where it was. Invariant: entity_id = canonical(original_entity) and a reference's
-- value = canonical(original_value); both original columns are NULL when nothing was moved.
ALTER TABLE statement ADD COLUMN original_entity TEXT;
ALTER TABLE statement ADD COLUMN original_value TEXT;
CREATE INDEX statement_moved ON statement (original_entity) WHERE original_entity IS NOT NULL;
CREATE INDEX statement_ref_moved ON statement (original_value) WHERE original_value IS NOT NULL;

-- Pairs the resolver proposed, left id < right id; a pair with an active decision is not queued.
CREATE TABLE candidate (
  left_id     TEXT NOT NULL,
  right_id    TEXT NOT NULL,
  score       REAL NOT NULL,
  scorer      TEXT NOT NULL,
  explanation TEXT NOT NULL,
  proposed_at TEXT NOT NULL,
  PRIMARY KEY (left_id, right_id)
) WITHOUT ROWID;

-- Every judgement, by whom and when; an undone one keeps its row with who undid it and when.
CREATE TABLE decision (
  id          INTEGER PRIMARY KEY,
  left_id     TEXT NOT NULL,
  right_id    TEXT NOT NULL,
  verdict     TEXT NOT NULL CHECK (verdict IN ('same', 'different', 'unsure')),
  score       REAL,
  explanation TEXT NOT NULL,
  decided_by  TEXT NOT NULL,
  decided_at  TEXT NOT NULL,
  canonical_id TEXT,
  undone_by   TEXT,
  undone_at   TEXT
);
CREATE INDEX decision_pair ON decision (left_id, right_id);

-- Where each merged id now lives (flattened: always the final canonical id).
CREATE TABLE canonical (
  entity_id    TEXT PRIMARY KEY,
  canonical_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX canonical_cluster ON canonical (canonical_id);

-- What each merge changed in the canonical table, so that undo can reverse exactly that.
CREATE TABLE canonical_change (
  decision_id INTEGER NOT NULL REFERENCES decision (id),
  entity_id   TEXT NOT NULL,
  before      TEXT,
  after       TEXT NOT NULL,
  PRIMARY KEY (decision_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX canonical_change_after ON canonical_change (after);
CREATE INDEX canonical_change_before ON canonical_change (before);
