package dev.plumbline.audit.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;

/**
 * Which surveys count and how a team's answers are read. The survey that counts for an audience is its
 * latest: the latest date on or before {@code asOf}; an undated survey counts as older than any dated
 * one; on a tie the later one in the file wins. Responses without a team belong to no team.
 */
public final class Surveys {

	private Surveys() {
	}

	/** The latest survey of the audience as of {@code asOf}, or null. */
	public static Survey latest(List<Survey> surveys, Audience audience, LocalDate asOf) {
		Survey latest = null;
		for (Survey survey : surveys) {
			if (survey.audience() != audience || (survey.date() != null && survey.date().isAfter(asOf))) {
				continue;
			}
			if (latest == null || survey.date() == null && latest.date() == null
					|| survey.date() != null && (latest.date() == null || !survey.date().isBefore(latest.date()))) {
				latest = survey;
			}
		}
		return latest;
	}

	/** The survey's responses by team, teams in the order of their first response. */
	public static Map<String, List<Response>> byTeam(Survey survey) {
		Map<String, List<Response>> byTeam = new LinkedHashMap<>();
		for (Response response : survey.responses()) {
			if (response.team() != null) {
				byTeam.computeIfAbsent(response.team(), k -> new ArrayList<>()).add(response);
			}
		}
		return byTeam;
	}

	/**
	 * Perceived alignment of a group, 0–100: the mean over its responses' answers to the survey's
	 * questions of answer / scale, × 100. Null when there is no answer.
	 */
	public static Double perceived(Survey survey, List<Response> responses) {
		double sum = 0;
		int count = 0;
		for (Response response : responses) {
			for (Question question : survey.questions()) {
				Integer answer = response.answers().get(question.key());
				if (answer != null && question.scale() > 0) {
					sum += (double) answer / question.scale();
					count++;
				}
			}
		}
		return count == 0 ? null : 100 * sum / count;
	}

}
