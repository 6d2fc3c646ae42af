-- Customer journeys mapped end to end: stages in order, their touchpoints, and the pain points
-- (breakdowns) with severity and evidence. Initiatives address pain points by journey.stage.painPoint key.
CREATE TABLE journey (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    journey_key      VARCHAR(60) NOT NULL,
    name             TEXT NOT NULL,
    persona          TEXT,
    CONSTRAINT journey_key_uk UNIQUE (organization_id, journey_key)
);

CREATE TABLE journey_stage (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    journey_id       UUID NOT NULL REFERENCES journey (id) ON DELETE CASCADE,
    stage_key        VARCHAR(60) NOT NULL,
    name             TEXT NOT NULL,
    position         INT NOT NULL,
    CONSTRAINT journey_stage_key_uk UNIQUE (journey_id, stage_key)
);
CREATE INDEX journey_stage_org_idx ON journey_stage (organization_id);

CREATE TABLE journey_touchpoint (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    stage_id         UUID NOT NULL REFERENCES journey_stage (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    touchpoint       TEXT NOT NULL,
    PRIMARY KEY (stage_id, position)
);
CREATE INDEX journey_touchpoint_org_idx ON journey_touchpoint (organization_id);

CREATE TABLE pain_point (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    stage_id         UUID NOT NULL REFERENCES journey_stage (id) ON DELETE CASCADE,
    pain_point_key   VARCHAR(60) NOT NULL,
    description      TEXT NOT NULL,
    severity         VARCHAR(10),
    evidence         TEXT,
    position         INT NOT NULL,
    CONSTRAINT pain_point_key_uk UNIQUE (stage_id, pain_point_key),
    CONSTRAINT pain_point_severity_ck CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'))
);
CREATE INDEX pain_point_org_severity_idx ON pain_point (organization_id, severity);
