package dev.plumbline;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrations V031 and V032: key results, check-ins and survey questions, responses and answers reach their
 * organization through their parent, with one composite foreign key (organization_id, parent) → parent
 * (organization_id, id). The database refuses a child under another organization's parent, and deleting an
 * organization or a parent still cascades. Plain SQL, so that it runs the same on H2 and PostgreSQL.
 */
@PlumblineIntegrationTest
class TenancyKeysIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void refusesAKeyResultUnderAnotherOrganizationsObjective() {
		UUID mine = organization();
		UUID other = organization();
		UUID objective = objective(mine);
		keyResult(mine, objective);

		assertThatThrownBy(() -> keyResult(other, objective)).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesACheckInUnderAnotherOrganizationsKeyResult() {
		UUID mine = organization();
		UUID other = organization();
		UUID keyResult = keyResult(mine, objective(mine));
		checkIn(mine, keyResult);

		assertThatThrownBy(() -> checkIn(other, keyResult)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(count("check_in", keyResult)).isOne();
	}

	@Test
	void refusesSurveyRowsUnderAnotherOrganizationsParents() {
		UUID mine = organization();
		UUID other = organization();
		UUID survey = survey(mine);
		UUID question = question(mine, survey);
		UUID response = response(mine, survey);
		UUID otherQuestion = question(other, survey(other));
		UUID otherResponse = response(other, survey(other));
		answer(mine, response, question);

		assertThatThrownBy(() -> question(other, survey)).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> response(other, survey)).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> answer(mine, response, otherQuestion))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> answer(mine, otherResponse, question))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> answer(other, otherResponse, question))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void deletingAKeyResultStillDeletesItsCheckIns() {
		UUID org = organization();
		UUID keyResult = keyResult(org, objective(org));
		checkIn(org, keyResult);
		checkIn(org, keyResult);

		this.jdbc.sql("DELETE FROM key_result WHERE id = :id").param("id", keyResult).update();

		assertThat(count("check_in", keyResult)).isZero();
	}

	@Test
	void deletingAnOrganizationStillDeletesItsCheckInsAndAnswers() {
		UUID org = organization();
		UUID keep = organization();
		UUID keyResult = keyResult(org, objective(org));
		checkIn(org, keyResult);
		UUID survey = survey(org);
		answer(org, response(org, survey), question(org, survey));
		UUID keptKeyResult = keyResult(keep, objective(keep));
		checkIn(keep, keptKeyResult);

		this.jdbc.sql("DELETE FROM organization WHERE id = :id").param("id", org).update();

		for (String table : new String[] { "objective", "key_result", "check_in", "survey", "survey_question",
				"survey_response", "survey_answer" }) {
			assertThat(this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE organization_id = :org")
				.param("org", org)
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(count("check_in", keptKeyResult)).isOne();
	}

	private long count(String table, UUID keyResult) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE key_result_id = :id")
			.param("id", keyResult)
			.query(Long.class)
			.single();
	}

	private UUID organization() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO organization (id, slug, name, created_at) VALUES (:id, :slug, 'Keys', now())")
			.param("id", id)
			.param("slug", "keys-" + id.toString().substring(0, 8))
			.update();
		return id;
	}

	private UUID objective(UUID org) {
		return insert("""
				INSERT INTO objective (id, organization_id, objective_key, title, status, created_at, updated_at)
				VALUES (:id, :org, :key, 'Grow', 'ACTIVE', now(), now())""", org, null);
	}

	private UUID keyResult(UUID org, UUID objective) {
		return insert("""
				INSERT INTO key_result (id, organization_id, objective_id, kr_key, title, direction)
				VALUES (:id, :org, :parent, :key, 'Revenue', 'INCREASE')""", org, objective);
	}

	private UUID checkIn(UUID org, UUID keyResult) {
		return insert("""
				INSERT INTO check_in (id, organization_id, key_result_id, check_date, check_value, created_at)
				VALUES (:id, :org, :parent, CURRENT_DATE, 1, now())""", org, keyResult);
	}

	private UUID survey(UUID org) {
		return insert("INSERT INTO survey (id, organization_id, survey_key, title) VALUES (:id, :org, :key, 'Pulse')",
				org, null);
	}

	private UUID question(UUID org, UUID survey) {
		return insert("""
				INSERT INTO survey_question (id, organization_id, survey_id, question_key, text, scale, position)
				VALUES (:id, :org, :parent, :key, 'How?', 5, 0)""", org, survey);
	}

	private UUID response(UUID org, UUID survey) {
		return insert("INSERT INTO survey_response (id, organization_id, survey_id, position) VALUES (:id, :org, :parent, 0)",
				org, survey);
	}

	private void answer(UUID org, UUID response, UUID question) {
		this.jdbc.sql("""
				INSERT INTO survey_answer (organization_id, response_id, question_id, position, answer_value)
				VALUES (:org, :response, :question, 0, 3)""")
			.param("org", org)
			.param("response", response)
			.param("question", question)
			.update();
	}

	/** Inserts a row with a new id (also its key, unique within its parent) and returns that id. */
	private UUID insert(String sql, UUID org, UUID parent) {
		UUID id = UUID.randomUUID();
		var statement = this.jdbc.sql(sql).param("id", id).param("org", org);
		if (sql.contains(":key")) {
			statement = statement.param("key", "k-" + id.toString().substring(0, 8));
		}
		if (parent != null) {
			statement = statement.param("parent", parent);
		}
		statement.update();
		return id;
	}

}
