-- Strategy reviews held on a cadence, with their outcomes in order.
CREATE TABLE strategy_review (
    id               UUID PRIMARY KEY,
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    review_key       VARCHAR(60) NOT NULL,
    cadence          VARCHAR(12),
    held_on          DATE,
    CONSTRAINT strategy_review_key_uk UNIQUE (organization_id, review_key),
    CONSTRAINT strategy_review_cadence_ck CHECK (cadence IN ('MONTHLY', 'QUARTERLY', 'BIANNUAL', 'ANNUAL'))
);
CREATE INDEX strategy_review_org_held_idx ON strategy_review (organization_id, held_on);

CREATE TABLE review_outcome (
    organization_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    review_id        UUID NOT NULL REFERENCES strategy_review (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    outcome          TEXT NOT NULL,
    PRIMARY KEY (review_id, position)
);
CREATE INDEX review_outcome_org_idx ON review_outcome (organization_id);
