-- Progress everywhere (lists, objective pages, roll-ups, the check-in response) reads each key result's
-- latest check-in with ORDER BY check_date DESC, created_at DESC LIMIT 1. With created_at in the index the
-- database reads that one entry backwards instead of sorting the day's check-ins (PostgreSQL planned an
-- incremental sort per key result). It covers every use of the (key_result_id, check_date) index it replaces.
CREATE INDEX check_in_latest_idx ON check_in (key_result_id, check_date, created_at);
DROP INDEX check_in_key_result_date_idx;
