-- The team picker lists an organization's teams by name, a page at a time (800 teams at scale L):
-- with this index the first page of an unfiltered picker is read in order instead of sorting every team.
CREATE INDEX team_name_idx ON team (organization_id, name, id);
