-- The objective picker lists an organization's objectives by title, a hundred at a time: with this index
-- it reads the first hundred in order instead of sorting all fifty thousand of a large organization.
CREATE INDEX objective_org_title_idx ON objective (organization_id, title, id);
