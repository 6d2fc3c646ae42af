package dev.plumbline.audit.rule;

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
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;

/**
 * PERCEPTION_GAP: a team's perceived alignment and its measured alignment index differ by more than
 * {@code perceptionGapPoints} (25). Perceived: the mean of answer / scale × 100 over the team's responses
 * to the latest employees survey (see {@link Surveys}). Measured: the team's index computed from every
 * other finding, given to this rule by the engine; teams without a measured index (nothing in the team to
 * audit) are not judged. Anonymity: a team with fewer than {@code anonymityMinimum} (5) responses is not
 * judged.
 */
public final class PerceptionGapRule implements AuditRule {

	private final Map<String, Integer> measured;

	/** @param measured the measured index of each team that has one, by team key */
	public PerceptionGapRule(Map<String, Integer> measured) {
		this.measured = Map.copyOf(measured);
	}

	/** Whether there is an employees survey with team responses to judge (else the measured index is not needed). */
	public static boolean applies(AlignmentGraph graph, LocalDate asOf) {
		Survey survey = Surveys.latest(graph.file().surveys(), Audience.EMPLOYEES, asOf);
		return survey != null && survey.responses().stream().anyMatch(r -> r.team() != null);
	}

	@Override
	public FindingCode code() {
		return FindingCode.PERCEPTION_GAP;
	}

	@Override
	public List<Finding> apply(AlignmentGraph graph, LocalDate asOf, Thresholds thresholds) {
		Survey survey = Surveys.latest(graph.file().surveys(), Audience.EMPLOYEES, asOf);
		if (survey == null) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		for (Map.Entry<String, List<Response>> team : Surveys.byTeam(survey).entrySet()) {
			Integer index = this.measured.get(team.getKey());
			if (index == null || team.getValue().size() < thresholds.anonymityMinimum()) {
				continue;
			}
			Double perceived = Surveys.perceived(survey, team.getValue());
			if (perceived == null || Math.abs(perceived - index) <= thresholds.perceptionGapPoints()) {
				continue;
			}
			Subject subject = Subjects.team(graph, team.getKey());
			boolean rosier = perceived > index;
			findings.add(Findings.of(code(), subject,
					Evidence.of()
						.put("survey", survey.key())
						.put("date", survey.date())
						.put("perceived", perceived)
						.put("measured", index)
						.put("gap", Math.abs(perceived - index))
						.put("responses", team.getValue().size()),
					rosier ? "Walk " + Subjects.quoted(subject) + " through the audit findings behind its index: it feels better aligned than the work shows."
							: "Ask " + Subjects.quoted(subject) + " why it feels less aligned than its work shows, and share the picture with it."));
		}
		return findings;
	}

}
