-- No query reads judgements by rule and start (the reports judge the ledger themselves); the index
-- only cost its upkeep on every judgement written: a million a province's full reconcile.
DROP INDEX judgement_start_ix ON judgement;
