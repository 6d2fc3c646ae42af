package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The types of an organization file's practice sections: customer journeys, decisions, fit assessments,
 * surveys, concerns, strategy reviews and stories. {@link OrganizationFile} implements this, so they
 * read as {@code OrganizationFile.Survey}.
 */
public interface PracticeModel {

	public record Journey(String key, String name, String persona, List<Stage> stages) {

		public Journey {
			stages = List.copyOf(stages == null ? List.of() : stages);
		}

	}

	public record Stage(String key, String name, List<String> touchpoints, List<PainPoint> painPoints) {

		public Stage {
			touchpoints = List.copyOf(touchpoints == null ? List.of() : touchpoints);
			painPoints = List.copyOf(painPoints == null ? List.of() : painPoints);
		}

	}

	/** Referenced from initiatives' {@code addresses} as {@code journeyKey.stageKey.painPointKey}. */
	public record PainPoint(String key, String description, PainSeverity severity, String evidence) {
	}

	public enum PainSeverity {

		LOW, MEDIUM, HIGH, CRITICAL

	}

	/** Scores: pillar or value key → −2..2. Checklist: item → ticked. Both keep the file's order. */
	public record Decision(String key, String title, DecisionStatus status, LocalDate decidedOn, LocalDate revisitOn,
			String owner, Map<String, Integer> scores, Map<String, Boolean> checklist) {

		public Decision {
			scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
			checklist = checklist == null ? Map.of()
					: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(checklist));
		}

	}

	public enum DecisionStatus {

		PROPOSED, APPROVED, REJECTED, SUPERSEDED

	}

	/** A fit assessment of a person in a seat: values (value key → rating) and GWC. Sensitive. */
	public record Fit(String person, String seat, LocalDate date, Map<String, FitRating> values, Gwc gwc,
			String notes) {

		public Fit {
			values = values == null ? Map.of()
					: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
		}

	}

	public enum FitRating {

		PLUS, PLUS_MINUS, MINUS

	}

	/** Gets it, wants it, capacity to do it. */
	public record Gwc(boolean getsIt, boolean wantsIt, boolean capacity) {
	}

	/** A survey; {@code date} (optional) orders surveys in time. */
	public record Survey(String key, String title, Audience audience, LocalDate date, List<Question> questions,
			List<Response> responses) {

		public Survey {
			questions = List.copyOf(questions == null ? List.of() : questions);
			responses = List.copyOf(responses == null ? List.of() : responses);
		}

	}

	public enum Audience {

		EMPLOYEES, CUSTOMERS, STAKEHOLDERS

	}

	/** Answers run from 1 to {@code scale} (2–10). */
	public record Question(String key, String text, int scale) {
	}

	/** One anonymous response: the respondent's team (optional) and answers by question key. Sensitive. */
	public record Response(String team, Map<String, Integer> answers) {

		public Response {
			answers = answers == null ? Map.of()
					: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
		}

	}

	public record Concern(String key, String title, String raisedBy, LocalDate raised, ConcernStatus status,
			List<String> pillars) {

		public Concern {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
		}

	}

	public enum ConcernStatus {

		RAISED, DISCUSSED, SOLVED, DROPPED

	}

	public record Review(String key, ReviewCadence cadence, LocalDate held, List<String> outcomes) {

		public Review {
			outcomes = List.copyOf(outcomes == null ? List.of() : outcomes);
		}

	}

	public enum ReviewCadence {

		MONTHLY(1), QUARTERLY(3), BIANNUAL(6), ANNUAL(12);

		private final int months;

		ReviewCadence(int months) {
			this.months = months;
		}

		public int months() {
			return this.months;
		}

	}

	public record Story(String key, StoryKind kind, String title, String body, LocalDate date,
			List<String> pillars) {

		public Story {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
		}

	}

	public enum StoryKind {

		SUCCESS, LEARNING, UPDATE

	}
}
