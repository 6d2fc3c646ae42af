-- Key results and check-ins reach their organization through their parent: one composite foreign key
-- (organization_id, parent) → parent (organization_id, id) replaces the two keys organization_id →
-- organization and parent → parent (id). PostgreSQL checks each foreign key of each imported row on its
-- own (two thirds of its CPU during an L import, ADR 0007), so this halves the checks of the two largest
-- tables, and the database now refuses a child whose parent belongs to another organization. Deleting an
-- organization still cascades: organization → objective → key_result → check_in.
-- The same migration as in the postgresql folder, with the names H2 gave the constraints in V006.
ALTER TABLE objective ADD CONSTRAINT objective_org_id_uk UNIQUE (organization_id, id);
ALTER TABLE key_result ADD CONSTRAINT key_result_org_id_uk UNIQUE (organization_id, id);

ALTER TABLE key_result DROP CONSTRAINT "CONSTRAINT_1C";
ALTER TABLE key_result DROP CONSTRAINT "CONSTRAINT_1CD";
ALTER TABLE key_result ADD CONSTRAINT key_result_objective_fk FOREIGN KEY (organization_id, objective_id)
    REFERENCES objective (organization_id, id) ON DELETE CASCADE;

ALTER TABLE check_in DROP CONSTRAINT "CONSTRAINT_5B";
ALTER TABLE check_in DROP CONSTRAINT "CONSTRAINT_5B9";
ALTER TABLE check_in ADD CONSTRAINT check_in_key_result_fk FOREIGN KEY (organization_id, key_result_id)
    REFERENCES key_result (organization_id, id) ON DELETE CASCADE;

-- key_result_org_id_uk leads with organization_id, key_result_key_uk with objective_id (it serves the
-- cascade from an objective): the two single-column indexes add nothing but work on every insert.
-- check_in keeps check_in_org_idx (export, catalog and clear read check-ins by organization alone) and
-- check_in_latest_idx (latest check-in per key result, and the cascade from a key result).
DROP INDEX key_result_org_idx;
DROP INDEX key_result_objective_idx;
