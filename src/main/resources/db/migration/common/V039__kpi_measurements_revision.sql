-- One more with every write of a KPI's measurements (KpiStore.refreshLatest, in the writer's transaction):
-- the scorecard keeps each KPI's thinned sparkline by it instead of reading a year of measurements per view.
ALTER TABLE kpi ADD COLUMN measurements_revision BIGINT NOT NULL DEFAULT 0;
