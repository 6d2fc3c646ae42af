package dev.plumbline.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.people.Team;
import dev.plumbline.interchange.AuditSettingsStore;
import dev.plumbline.shared.NotFoundException;
import dev.plumbline.shared.Paged;
import dev.plumbline.shared.Reads;

/**
 * The read side of surveys: summaries, and aggregates computed in the database (count and sum per question
 * and team) under the anonymity rule. No method returns an individual answer.
 */
@Component
@Reads
public class SurveyQueries {

	private final JdbcClient jdbc;

	private final SurveySection section;

	private final FeedbackSettings settings;

	private final AuditSettingsStore auditSettings;

	SurveyQueries(JdbcClient jdbc, SurveySection section, FeedbackSettings settings, AuditSettingsStore auditSettings) {
		this.jdbc = jdbc;
		this.section = section;
		this.settings = settings;
		this.auditSettings = auditSettings;
	}

	/**
	 * The organization's anonymity minimum — the same one its audit uses (its audit thresholds), else
	 * {@code plumbline.feedback.anonymity-minimum}.
	 */
	public int anonymityMinimum(UUID organizationId) {
		Integer own = this.auditSettings.get(organizationId).anonymityMinimum();
		return own != null ? own : this.settings.anonymityMinimum();
	}

	/** A page of surveys, the latest first (undated last), then by key. */
	public Paged<SurveySummary> page(UUID organizationId, int page, int size) {
		List<SurveySummary> all = summaries(organizationId, null).values()
			.stream()
			.map(Row::summary)
			.sorted(Comparator.comparing(SurveySummary::date, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(SurveySummary::key))
			.toList();
		int from = (int) Math.min((long) page * size, all.size());
		return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
	}

	/** @throws NotFoundException when the organization has no survey with that key */
	public SurveyResults results(UUID organizationId, String key) {
		Row survey = summaries(organizationId, key).values()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No survey \"" + key + "\""));
		int minimum = anonymityMinimum(organizationId);
		Map<UUID, Team> teams = this.section.teams(organizationId);
		Map<String, List<SurveyResults.Group>> groups = new HashMap<>();
		this.jdbc.sql("""
				SELECT q.question_key, r.team_id, count(*) AS answers, sum(a.answer_value) AS total
				FROM survey_answer a
				JOIN survey_question q ON q.id = a.question_id
				JOIN survey_response r ON r.id = a.response_id
				WHERE a.organization_id = :org AND q.survey_id = :survey
				GROUP BY q.question_key, r.team_id
				""").param("org", organizationId).param("survey", survey.id()).query(rs -> {
			Team team = teams.get(rs.getObject("team_id", UUID.class));
			groups.computeIfAbsent(rs.getString("question_key"), k -> new ArrayList<>())
				.add(new SurveyResults.Group(team == null ? null : team.key(), team == null ? null : team.name(),
						rs.getLong("answers"), rs.getLong("total")));
		});
		List<SurveyResults.QuestionResult> results = new ArrayList<>();
		for (Question question : this.section.questions(organizationId).getOrDefault(survey.id(), List.of())) {
			results.add(SurveyResults.QuestionResult.of(question.key(), question.text(), question.scale(),
					groups.getOrDefault(question.key(), List.of()), minimum));
		}
		return new SurveyResults(survey.summary(), minimum, results);
	}

	private record Row(UUID id, SurveySummary summary) {
	}

	private Map<UUID, Row> summaries(UUID organizationId, String key) {
		Map<String, Object> params = new HashMap<>();
		params.put("org", organizationId);
		if (key != null) {
			params.put("key", key);
		}
		Map<UUID, Row> rows = new HashMap<>();
		this.jdbc.sql("""
				SELECT s.id, s.survey_key, s.title, s.audience, s.survey_date,
				       (SELECT count(*) FROM survey_question q WHERE q.survey_id = s.id) AS questions,
				       (SELECT count(*) FROM survey_response r WHERE r.survey_id = s.id) AS responses
				FROM survey s WHERE s.organization_id = :org""" + (key == null ? "" : " AND s.survey_key = :key"))
			.params(params)
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				rows.put(id, new Row(id, new SurveySummary(rs.getString("survey_key"), rs.getString("title"),
						SurveySection.audience(rs.getString("audience")),
						rs.getObject("survey_date", LocalDate.class), rs.getInt("questions"), rs.getLong("responses"))));
			});
		return rows;
	}

}
