-- A reference is looked up by its value and, for "who of this schema refers to it" (the sanctions
-- naming a party), by the schema's reference properties: the property in the index lets a party
-- referred to by thousands of events find its one Sanction without reading every event.
DROP INDEX statement_ref;
CREATE INDEX statement_ref ON statement (value, property) WHERE is_ref = 1;
