-- Indexes with names the queries can hint on H2 (IndexHints). H2's planner reads
-- "organization_id = :org AND kpi_id IN (:ids)" through the index that leads with the organization (every
-- measurement the organization has: 365,000 at scale L) because it uses an IN list only on an index's first
-- column; the indexes that would serve it are those of constraints, which H2 names itself. These two repeat
-- such indexes under a name. PostgreSQL plans these queries itself and has no such migration.
-- The KPI index is on kpi_id alone: on (kpi_id, measured_on) H2 took "measured_on >= :since" as the
-- index condition instead of the IN list and read the whole index again.
CREATE INDEX kpi_measurement_kpi_idx ON kpi_measurement (kpi_id);
CREATE INDEX key_result_objective_idx ON key_result (objective_id);
