-- The decision log: each decision scored against pillars and values (by key, -2..2), a checklist, an
-- owner, and the dates it was decided and is to be revisited.
CREATE TABLE decision (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    decision_key     VARCHAR(60) NOT NULL,
    title            TEXT NOT NULL,
    status           VARCHAR(12) NOT NULL,
    decided_on       DATE,
    revisit_on       DATE,
    owner_id         UUID REFERENCES person (id),
    CONSTRAINT decision_key_uk UNIQUE (organization_id, decision_key),
    CONSTRAINT decision_status_ck CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED', 'SUPERSEDED'))
);
CREATE INDEX decision_owner_idx ON decision (owner_id);
CREATE INDEX decision_org_status_idx ON decision (organization_id, status);
CREATE INDEX decision_org_revisit_idx ON decision (organization_id, revisit_on);

CREATE TABLE decision_score (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    decision_id      UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    subject_key      VARCHAR(60) NOT NULL,
    score            INT NOT NULL,
    PRIMARY KEY (decision_id, subject_key),
    CONSTRAINT decision_score_ck CHECK (score BETWEEN -2 AND 2)
);
CREATE INDEX decision_score_org_idx ON decision_score (organization_id, subject_key);

CREATE TABLE decision_checklist_item (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    decision_id      UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    item             TEXT NOT NULL,
    ticked           BOOLEAN NOT NULL,
    PRIMARY KEY (decision_id, position)
);
CREATE INDEX decision_checklist_item_org_idx ON decision_checklist_item (organization_id);
