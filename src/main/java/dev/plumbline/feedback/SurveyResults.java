package dev.plumbline.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
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

		/**
		 * The figures of one question from its groups (one per team, {@code team} null for responses that
		 * named none). A group under the minimum shows nothing; and the figure for everyone is withheld too
		 * when the groups it hides add up to fewer than the minimum, since everyone minus the teams shown
		 * would give their average away.
		 */
		static QuestionResult of(String key, String text, int scale, List<Group> groups, int minimum) {
			long count = 0;
			long total = 0;
			long hidden = 0;
			List<TeamFigure> teams = new ArrayList<>();
			for (Group group : groups) {
				count += group.answers();
				total += group.total();
				Figure figure = Figure.of(group.answers(), group.total(), scale, minimum);
				if (!figure.enough()) {
					hidden += group.answers();
				}
				teams.add(new TeamFigure(group.teamKey(), group.teamName(), figure));
			}
			teams.sort(Comparator.comparing((TeamFigure t) -> t.teamName() == null)
				.thenComparing(t -> t.teamName() == null ? "" : t.teamName()));
			Figure overall = Figure.of(count, total, scale, minimum);
			if (overall.enough() && hidden > 0 && hidden < minimum) {
				overall = Figure.WITHHELD;
			}
			return new QuestionResult(key, text, scale, overall, teams);
		}

	}

	/** The count and sum of one question's answers from one team (null: no team given). */
	record Group(String teamKey, String teamName, long answers, long total) {
	}

	/** A team's figure; {@code teamKey} null for responses that named no team. */
	public record TeamFigure(String teamKey, String teamName, Figure figure) {
	}

	/**
	 * The average answer of a group, how many answered and the average as a share of the scale; all null
	 * when fewer than the anonymity minimum answered ({@code enough} false: "not enough responses"), or when
	 * showing it would reveal a smaller group ({@code withheld}).
	 */
	public record Figure(boolean enough, boolean withheld, Long responses, BigDecimal average, Integer share) {

		static final Figure NOT_ENOUGH = new Figure(false, false, null, null, null);

		static final Figure WITHHELD = new Figure(false, true, null, null, null);

		static Figure of(long count, long total, int scale, int minimum) {
			if (count < minimum || count == 0) {
				return NOT_ENOUGH;
			}
			BigDecimal average = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
			int share = average.multiply(BigDecimal.valueOf(100))
				.divide(BigDecimal.valueOf(scale), 0, RoundingMode.HALF_UP)
				.intValue();
			return new Figure(true, false, count, average, share);
		}

	}

}
