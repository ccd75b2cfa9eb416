-- A judgement is kept under its natural key (record, rule, owing unit) instead of a surrogate id
-- and a unique index over the same columns: nothing refers to a judgement by id, and every
-- judgement written paid for both, a million a province's full reconcile. The results are written
-- a record at a time in key order, so the rows now go in at the end of their type's range.
ALTER TABLE judgement
  DROP COLUMN id,
  DROP INDEX judgement_uk,
  ADD PRIMARY KEY (record_type, record_key, rule_name, owing_unit);

-- No query reads record states by missing side (the export reads a type's states by the primary
-- key, the summary counts them all): the index only cost its upkeep on every state written.
DROP INDEX record_state_missing_ix ON record_state;
