-- As V031 for the surveys (questions, responses and answers): one composite foreign key
-- (organization_id, parent) → parent (organization_id, id) per parent instead of organization_id →
-- organization plus parent → parent (id), so one check fewer per imported row and no child under another
-- organization's parent. Deleting an organization still cascades: organization → survey →
-- survey_question, survey_response → survey_answer.
-- Not kpi_measurement: on a never-analysed kpi table (a first import) the planner checks (organization_id,
-- kpi_id) through any index that leads with organization_id, filtering on id, so each of the 365 checks
-- per KPI read all of its organization's KPIs; the single-column check can only use the primary key.
-- The same migration as in the postgresql folder, with the names H2 gave the constraints in V013.
ALTER TABLE survey ADD CONSTRAINT survey_org_id_uk UNIQUE (organization_id, id);
ALTER TABLE survey_question ADD CONSTRAINT survey_question_org_id_uk UNIQUE (organization_id, id);
ALTER TABLE survey_response ADD CONSTRAINT survey_response_org_id_uk UNIQUE (organization_id, id);

ALTER TABLE survey_question DROP CONSTRAINT "CONSTRAINT_4F01";
ALTER TABLE survey_question DROP CONSTRAINT "CONSTRAINT_4F016";
ALTER TABLE survey_question ADD CONSTRAINT survey_question_survey_fk FOREIGN KEY (organization_id, survey_id)
    REFERENCES survey (organization_id, id) ON DELETE CASCADE;

ALTER TABLE survey_response DROP CONSTRAINT "CONSTRAINT_80";
ALTER TABLE survey_response DROP CONSTRAINT "CONSTRAINT_803";
ALTER TABLE survey_response ADD CONSTRAINT survey_response_survey_fk FOREIGN KEY (organization_id, survey_id)
    REFERENCES survey (organization_id, id) ON DELETE CASCADE;

ALTER TABLE survey_answer DROP CONSTRAINT "CONSTRAINT_7";
ALTER TABLE survey_answer DROP CONSTRAINT "CONSTRAINT_76";
ALTER TABLE survey_answer DROP CONSTRAINT "CONSTRAINT_766";
ALTER TABLE survey_answer ADD CONSTRAINT survey_answer_response_fk FOREIGN KEY (organization_id, response_id)
    REFERENCES survey_response (organization_id, id) ON DELETE CASCADE;
ALTER TABLE survey_answer ADD CONSTRAINT survey_answer_question_fk FOREIGN KEY (organization_id, question_id)
    REFERENCES survey_question (organization_id, id) ON DELETE CASCADE;

-- The new unique keys lead with organization_id; the cascades from a parent use the indexes that lead
-- with the parent's id (survey_question_key_uk, survey_response_survey_idx,
-- survey_answer's primary key and survey_answer_question_idx).
DROP INDEX survey_question_org_idx;
DROP INDEX survey_response_org_idx;
