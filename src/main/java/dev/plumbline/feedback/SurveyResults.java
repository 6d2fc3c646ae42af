package dev.plumbline.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A survey's aggregates: per question, the average over everyone and per team — each figure only for a
 * group of at least {@code anonymityMinimum} responses. Individual answers are never part of it.
 */
public record SurveyResults(SurveySummary survey, int anonymityMinimum, List<QuestionResult> questions) {

	public SurveyResults {
		questions = List.copyOf(questions);
	}

	public record QuestionResult(String key, String text, int scale, Figure overall, List<TeamFigure> teams) {

		public QuestionResult {
			teams = List.copyOf(teams);
		}

	}

	/** A team's figure; {@code teamKey} null for responses that named no team. */
	public record TeamFigure(String teamKey, String teamName, Figure figure) {
	}

	/**
	 * The average answer of a group and how many answered; both null when fewer than the anonymity minimum
	 * answered ({@code enough} false: "not enough responses").
	 */
	public record Figure(boolean enough, Long responses, BigDecimal average, Integer share) {

		static Figure of(long count, long total, int scale, int minimum) {
			if (count < minimum || count == 0) {
				return new Figure(false, null, null, null);
			}
			BigDecimal average = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
			int share = average.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(scale), 0, RoundingMode.HALF_UP)
				.intValue();
			return new Figure(true, count, average, share);
		}

	}

}
