-- Stories: successes, learnings from failures and updates, each about pillars (by key).
CREATE TABLE story (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    story_key        VARCHAR(60) NOT NULL,
    kind             VARCHAR(10),
    title            TEXT NOT NULL,
    body             TEXT,
    story_date       DATE,
    CONSTRAINT story_key_uk UNIQUE (organization_id, story_key),
    CONSTRAINT story_kind_ck CHECK (kind IN ('SUCCESS', 'LEARNING', 'UPDATE'))
);
CREATE INDEX story_org_date_idx ON story (organization_id, story_date);

CREATE TABLE story_pillar (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    story_id         UUID NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    pillar_key       VARCHAR(60) NOT NULL,
    PRIMARY KEY (story_id, pillar_key)
);
CREATE INDEX story_pillar_key_idx ON story_pillar (organization_id, pillar_key);
