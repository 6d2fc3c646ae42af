-- The charter: vision, mission, values (with behaviours) and weighted pillars, one per organization.
-- The current state lives in charter/charter_value/charter_pillar; every saved version is kept whole
-- in charter_version (a JSON snapshot in a TEXT column, so that it reads the same on H2 and PostgreSQL).
CREATE TABLE charter (
    organization_id  UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    version          BIGINT NOT NULL,
    vision           TEXT NOT NULL,
    mission          TEXT NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       UUID NOT NULL
);

CREATE TABLE charter_value (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    value_key        VARCHAR(60) NOT NULL,
    name             VARCHAR(80) NOT NULL,
    description      TEXT NOT NULL,
    position         INT NOT NULL,
    CONSTRAINT charter_value_key_uk UNIQUE (organization_id, value_key)
);

CREATE TABLE charter_value_behavior (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    value_id         UUID NOT NULL REFERENCES charter_value (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    text             VARCHAR(300) NOT NULL,
    PRIMARY KEY (value_id, position)
);
CREATE INDEX charter_value_behavior_org_idx ON charter_value_behavior (organization_id);

CREATE TABLE charter_pillar (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    pillar_key       VARCHAR(60) NOT NULL,
    name             VARCHAR(80) NOT NULL,
    description      TEXT NOT NULL,
    weight           INT NOT NULL,
    position         INT NOT NULL,
    CONSTRAINT charter_pillar_key_uk UNIQUE (organization_id, pillar_key),
    CONSTRAINT charter_pillar_weight_ck CHECK (weight BETWEEN 1 AND 5)
);

CREATE TABLE charter_version (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       UUID NOT NULL,
    created_by_name  VARCHAR(120) NOT NULL,
    summary          TEXT NOT NULL,
    snapshot         TEXT NOT NULL,
    PRIMARY KEY (organization_id, version)
);

CREATE TABLE charter_acknowledgement (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    account_id       UUID NOT NULL,
    version          BIGINT NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organization_id, account_id, version)
);
CREATE INDEX charter_acknowledgement_version_idx ON charter_acknowledgement (organization_id, version);
