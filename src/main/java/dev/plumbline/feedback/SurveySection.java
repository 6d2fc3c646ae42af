package dev.plumbline.feedback;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.BatchInsert;
import dev.plumbline.interchange.ImportContext;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;
import dev.plumbline.interchange.OrganizationSection;
import dev.plumbline.interchange.SectionTables;
import dev.plumbline.people.PeopleQueries;
import dev.plumbline.people.Team;

/**
 * The {@code surveys} section of an organization file. Built for volume: ids are made here, keys are
 * resolved from one query per table, rows stream to the database in JDBC batches, and progress is reported
 * per batch of surveys, questions and responses. Questions, responses and each response's answers keep the
 * file's order.
 */
@Component
class SurveySection implements OrganizationSection {

	static final String SECTION = "surveys";

	private static final int[] SURVEY_TYPES = { Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
			Types.DATE };

	private static final int[] QUESTION_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR,
			Types.VARCHAR, Types.INTEGER, Types.INTEGER };

	private static final int[] RESPONSE_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER,
			Types.INTEGER };

	private static final int[] ANSWER_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.INTEGER,
			Types.INTEGER };

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PeopleQueries people;

	SurveySection(JdbcClient jdbc, JdbcTemplate template, PeopleQueries people) {
		this.jdbc = jdbc;
		this.template = template;
		this.people = people;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void clear(ImportContext context) {
		SectionTables.clear(this.jdbc, context.organizationId(),
				"survey_answer", "survey_response", "survey_question", "survey");
	}

	@Override
	public void load(ImportContext context, OrganizationFile file) {
		UUID org = context.organizationId();
		Map<String, UUID> teams = this.people.teamIds(org);
		// each writer sends its parents' rows first: an answer refers to its response and its question
		try (BatchInsert surveys = new BatchInsert(this.template,
				"INSERT INTO survey (id, organization_id, survey_key, title, audience, survey_date) VALUES (?, ?, ?, ?, ?, ?)",
				SURVEY_TYPES, context, SECTION, true);
				BatchInsert questions = new BatchInsert(this.template, """
						INSERT INTO survey_question (id, organization_id, survey_id, question_key, text, scale, position)
						VALUES (?, ?, ?, ?, ?, ?, ?)""", QUESTION_TYPES, context, SECTION, true)
					.after(surveys);
				BatchInsert responses = new BatchInsert(this.template,
						"INSERT INTO survey_response (id, organization_id, survey_id, team_id, position) VALUES (?, ?, ?, ?, ?)",
						RESPONSE_TYPES, context, SECTION, true)
					.after(questions);
				BatchInsert answers = new BatchInsert(this.template,
						"INSERT INTO survey_answer (organization_id, response_id, question_id, position, answer_value) VALUES (?, ?, ?, ?, ?)",
						ANSWER_TYPES, context, SECTION, false)
					.after(responses)) {
			for (Survey survey : file.surveys()) {
				UUID surveyId = context.newId();
				surveys.add(surveyId, org, survey.key(), survey.title(),
						survey.audience() == null ? null : survey.audience().name(), survey.date());
				Map<String, UUID> questionIds = new HashMap<>();
				for (int i = 0; i < survey.questions().size(); i++) {
					Question question = survey.questions().get(i);
					UUID id = context.newId();
					questionIds.put(question.key(), id);
					questions.add(id, org, surveyId, question.key(), question.text(), question.scale(), i);
				}
				for (int i = 0; i < survey.responses().size(); i++) {
					Response response = survey.responses().get(i);
					UUID id = context.newId();
					responses.add(id, org, surveyId, response.team() == null ? null : teams.get(response.team()), i);
					int position = 0;
					for (Map.Entry<String, Integer> answer : response.answers().entrySet()) {
						answers.add(org, id, questionIds.get(answer.getKey()), position++, answer.getValue());
					}
				}
			}
		}
	}

	@Override
	public OrganizationFile export(UUID organizationId, OrganizationFile file) {
		Map<UUID, String> teamKeys = new HashMap<>();
		this.people.teamsById(organizationId).forEach((id, team) -> teamKeys.put(id, team.key()));
		Map<UUID, Map<String, Integer>> answers = new HashMap<>();
		this.jdbc.sql("""
				SELECT a.response_id, q.question_key, a.answer_value FROM survey_answer a
				JOIN survey_question q ON q.id = a.question_id
				WHERE a.organization_id = :org ORDER BY a.response_id, a.position
				""").param("org", organizationId).query(rs -> {
			answers.computeIfAbsent(rs.getObject("response_id", UUID.class), k -> new LinkedHashMap<>())
				.put(rs.getString("question_key"), rs.getInt("answer_value"));
		});
		Map<UUID, List<Response>> responses = new HashMap<>();
		this.jdbc.sql("""
				SELECT id, survey_id, team_id FROM survey_response WHERE organization_id = :org
				ORDER BY survey_id, position
				""").param("org", organizationId).query(rs -> {
			UUID id = rs.getObject("id", UUID.class);
			responses.computeIfAbsent(rs.getObject("survey_id", UUID.class), k -> new ArrayList<>())
				.add(new Response(teamKeys.get(rs.getObject("team_id", UUID.class)), answers.getOrDefault(id, Map.of())));
		});
		Map<UUID, List<Question>> questions = questions(organizationId);
		List<Survey> surveys = this.jdbc.sql(
				"SELECT id, survey_key, title, audience, survey_date FROM survey WHERE organization_id = :org")
			.param("org", organizationId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Survey(rs.getString("survey_key"), rs.getString("title"),
						audience(rs.getString("audience")),
						rs.getObject("survey_date", LocalDate.class), questions.getOrDefault(id, List.of()),
						responses.getOrDefault(id, List.of()));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(Survey::key))
			.toList();
		return file.withSurveys(surveys);
	}

	static Audience audience(String value) {
		return value == null ? null : Audience.valueOf(value.toUpperCase(Locale.ROOT));
	}

	/** Survey id → its questions in order. */
	Map<UUID, List<Question>> questions(UUID organizationId) {
		Map<UUID, List<Question>> questions = new HashMap<>();
		this.jdbc.sql("""
				SELECT survey_id, question_key, text, scale FROM survey_question WHERE organization_id = :org
				ORDER BY survey_id, position
				""").param("org", organizationId).query(rs -> {
			questions.computeIfAbsent(rs.getObject("survey_id", UUID.class), k -> new ArrayList<>())
				.add(new Question(rs.getString("question_key"), rs.getString("text"), rs.getInt("scale")));
		});
		return questions;
	}

	Map<UUID, Team> teams(UUID organizationId) {
		return this.people.teamsById(organizationId);
	}

}
