-- KPIs: measures with a cadence, a target, a direction and red/green thresholds, and their measurements
-- (one per KPI and date). latest_on/latest_value repeat the newest measurement so that the scorecard can
-- filter and page by status in one query.
CREATE TABLE kpi (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kpi_key          VARCHAR(60) NOT NULL,
    name             VARCHAR(160) NOT NULL,
    unit             VARCHAR(40) NOT NULL,
    owner_id         UUID REFERENCES person (id),
    cadence          VARCHAR(12) NOT NULL,
    direction        VARCHAR(10) NOT NULL,
    target           NUMERIC(18,4) NOT NULL,
    red_threshold    NUMERIC(18,4) NOT NULL,
    green_threshold  NUMERIC(18,4) NOT NULL,
    latest_on        DATE,
    latest_value     NUMERIC(18,4),
    version          BIGINT NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT kpi_key_uk UNIQUE (organization_id, kpi_key)
);
CREATE INDEX kpi_owner_idx ON kpi (owner_id);
CREATE INDEX kpi_org_name_idx ON kpi (organization_id, name);
CREATE INDEX kpi_org_latest_idx ON kpi (organization_id, latest_on);

CREATE TABLE kpi_pillar (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kpi_id           UUID NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    pillar_key       VARCHAR(60) NOT NULL,
    CONSTRAINT kpi_pillar_pk PRIMARY KEY (kpi_id, pillar_key)
);
CREATE INDEX kpi_pillar_filter_idx ON kpi_pillar (organization_id, pillar_key);

CREATE TABLE kpi_measurement (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kpi_id           UUID NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    measured_on      DATE NOT NULL,
    measured_value   NUMERIC(18,4) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      UUID,
    CONSTRAINT kpi_measurement_pk PRIMARY KEY (kpi_id, measured_on)
);
CREATE INDEX kpi_measurement_org_idx ON kpi_measurement (organization_id);
