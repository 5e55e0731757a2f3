-- A new proposal is checked against the judgements and proposals that touch its two clusters
-- only; these let that check find a pair by either side.
CREATE INDEX decision_right ON decision (right_id);
CREATE INDEX candidate_right ON candidate (right_id);
