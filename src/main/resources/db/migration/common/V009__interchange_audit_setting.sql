-- Audit thresholds of an organization (one row per organization, written by an import or the settings
-- page). A NULL column means the default of "Audit findings v1".
CREATE TABLE organization_audit_setting (
    organization_id              UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    zombie_inactivity_days       INT,
    off_track_points             INT,
    off_track_confidence         NUMERIC(6, 4),
    stale_objective_days         INT,
    achievable_rate_multiple     NUMERIC(8, 4),
    misallocation_tolerance      NUMERIC(6, 4),
    overloaded_owner_max         INT,
    stale_kpi_cadence_multiple   NUMERIC(8, 4),
    anonymity_minimum            INT,
    low_sentiment_share          NUMERIC(6, 4),
    perception_gap_points        INT,
    unresolved_concern_days      INT,
    version                      BIGINT NOT NULL DEFAULT 0,
    updated_at                   TIMESTAMP WITH TIME ZONE NOT NULL
);
