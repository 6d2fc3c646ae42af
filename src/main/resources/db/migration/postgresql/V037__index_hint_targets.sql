-- Nothing for PostgreSQL: on H2 this version adds two indexes that only H2's index hints need
-- (see db/migration/h2/V037__index_hint_targets.sql and IndexHints).
SELECT 1;
