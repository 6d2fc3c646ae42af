package dev.plumbline.audit.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.plumbline.audit.Finding;
import dev.plumbline.audit.FindingCode;
import dev.plumbline.audit.Subject;
import dev.plumbline.audit.Thresholds;
import dev.plumbline.audit.graph.AlignmentGraph;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;

/**
 * LOW_ALIGNMENT_SENTIMENT: in the latest survey of each audience (see {@link Surveys}), a team's average
 * answer to a question is under {@code lowSentimentShare} (0.6) of the question's scale. Anonymity: a
 * team with fewer than {@code anonymityMinimum} (5) responses to the survey, or a question answered by
 * fewer, shows no figure and produces no finding. One finding per team and question; the subject is the
 * team.
 */
public final class LowAlignmentSentimentRule implements AuditRule {

	@Override
	public FindingCode code() {
		return FindingCode.LOW_ALIGNMENT_SENTIMENT;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		List<Finding> findings = new ArrayList<>();
		for (Audience audience : Audience.values()) {
			Survey survey = Surveys.latest(graph.file().surveys(), audience, asOf);
			if (survey == null) {
				continue;
			}
			for (Map.Entry<String, List<Response>> team : Surveys.byTeam(survey).entrySet()) {
				if (team.getValue().size() < thresholds.anonymityMinimum()) {
					continue;
				}
				for (Question question : survey.questions()) {
					Finding finding = judge(graph, survey, question, team.getKey(), team.getValue(), thresholds);
					if (finding != null) {
						findings.add(finding);
					}
				}
			}
		}
		return findings;
	}

	private Finding judge(AlignmentGraph graph, Survey survey, Question question, String team,
			List<Response> responses, Thresholds thresholds) {
		long sum = 0;
		int count = 0;
		for (Response response : responses) {
			Integer answer = response.answers().get(question.key());
			if (answer != null) {
				sum += answer;
				count++;
			}
		}
		if (count < thresholds.anonymityMinimum() || question.scale() <= 0) {
			return null;
		}
		// sum / count < share * scale, compared exactly
		BigDecimal limit = thresholds.lowSentimentShare().multiply(BigDecimal.valueOf((long) question.scale() * count));
		if (BigDecimal.valueOf(sum).compareTo(limit) >= 0) {
			return null;
		}
		Subject subject = Subjects.team(graph, team);
		double average = (double) sum / count;
		return Findings.of(code(), subject,
				Evidence.of()
					.put("survey", survey.key())
					.put("audience", survey.audience())
					.put("date", survey.date())
					.put("question", question.key())
					.put("questionText", question.text())
					.put("average", average)
					.put("scale", question.scale())
					.put("percentOfScale", 100 * average / question.scale())
					.put("responses", count),
				"Ask " + Subjects.quoted(subject) + " what lies behind the low answers to '" + question.text()
						+ "' and agree one change together.");
	}

}
