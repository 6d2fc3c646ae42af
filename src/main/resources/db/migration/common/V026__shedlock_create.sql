-- ShedLock's lock table: a job that must run once across all nodes (demo seeding, an organization's
-- audit rerun) takes its row here first. Times are the database's, so nodes' clocks need not agree.
CREATE TABLE shedlock (
    name        VARCHAR(64) NOT NULL,
    lock_until  TIMESTAMP NOT NULL,
    locked_at   TIMESTAMP NOT NULL,
    locked_by   VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
