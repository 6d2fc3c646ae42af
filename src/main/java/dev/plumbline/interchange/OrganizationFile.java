package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An organization file (interchange format v1) read into memory: the whole organization as plain
 * values, referenced by the user's own keys. The audit works on this model, whether it came from a
 * file or from the database (see {@link OrganizationSection}), so the command line and the web agree.
 * Enum constants are written in lower case in files ({@code plus_minus}, {@code active}).
 * Lists are never null; optional scalars are null when absent.
 */
public record OrganizationFile(int plumbline, Organization organization, LocalDate asOf, AuditSettings audit,
		Charter charter, List<Team> teams, List<Person> people, List<Seat> seats, List<Initiative> initiatives,
		List<Objective> objectives, List<Kpi> kpis, List<Journey> journeys, List<Decision> decisions,
		List<Fit> fits, List<Survey> surveys, List<Concern> concerns, List<Review> reviews, List<Story> stories) {

	/** The only format version this build reads and writes. */
	public static final int FORMAT_VERSION = 1;

	public OrganizationFile {
		audit = audit == null ? AuditSettings.DEFAULTS : audit;
		charter = charter == null ? Charter.EMPTY : charter;
		teams = List.copyOf(teams == null ? List.of() : teams);
		people = List.copyOf(people == null ? List.of() : people);
		seats = List.copyOf(seats == null ? List.of() : seats);
		initiatives = List.copyOf(initiatives == null ? List.of() : initiatives);
		objectives = List.copyOf(objectives == null ? List.of() : objectives);
		kpis = List.copyOf(kpis == null ? List.of() : kpis);
		journeys = List.copyOf(journeys == null ? List.of() : journeys);
		decisions = List.copyOf(decisions == null ? List.of() : decisions);
		fits = List.copyOf(fits == null ? List.of() : fits);
		surveys = List.copyOf(surveys == null ? List.of() : surveys);
		concerns = List.copyOf(concerns == null ? List.of() : concerns);
		reviews = List.copyOf(reviews == null ? List.of() : reviews);
		stories = List.copyOf(stories == null ? List.of() : stories);
	}

	/** An organization with nothing in it yet. */
	public static OrganizationFile empty(Organization organization) {
		return new OrganizationFile(FORMAT_VERSION, organization, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null);
	}

	public OrganizationFile withOrganization(Organization value) {
		return new OrganizationFile(plumbline, value, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withAsOf(LocalDate value) {
		return new OrganizationFile(plumbline, organization, value, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withAudit(AuditSettings value) {
		return new OrganizationFile(plumbline, organization, asOf, value, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withCharter(Charter value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, value, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withTeams(List<Team> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, value, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withPeople(List<Person> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, value, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withSeats(List<Seat> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, value, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withInitiatives(List<Initiative> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, value,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withObjectives(List<Objective> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				value, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withKpis(List<Kpi> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, value, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withJourneys(List<Journey> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, value, decisions, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withDecisions(List<Decision> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, value, fits, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withFits(List<Fit> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, value, surveys, concerns, reviews, stories);
	}

	public OrganizationFile withSurveys(List<Survey> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, value, concerns, reviews, stories);
	}

	public OrganizationFile withConcerns(List<Concern> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, value, reviews, stories);
	}

	public OrganizationFile withReviews(List<Review> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, value, stories);
	}

	public OrganizationFile withStories(List<Story> value) {
		return new OrganizationFile(plumbline, organization, asOf, audit, charter, teams, people, seats, initiatives,
				objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, value);
	}

	/** Sum of the rows the file holds (every list entry at every depth); drives import progress. */
	public long rowCount() {
		return FileRows.count(this);
	}

	public record Organization(String name, String slug) {
	}

	public record Charter(String vision, String mission, List<Value> values, List<Pillar> pillars) {

		static final Charter EMPTY = new Charter("", "", List.of(), List.of());

		public Charter {
			values = List.copyOf(values == null ? List.of() : values);
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
		}

	}

	public record Value(String key, String name, String description, List<String> behaviors) {

		public Value {
			behaviors = List.copyOf(behaviors == null ? List.of() : behaviors);
		}

	}

	/** A strategic theme; weight 1–5. */
	public record Pillar(String key, String name, String description, int weight) {
	}

	public record Team(String key, String name, String parent) {
	}

	public record Person(String key, String name, String email, String team) {
	}

	public record Seat(String key, String title, String team, String reportsTo, String contribution,
			List<String> responsibilities, String holder) {

		public Seat {
			responsibilities = List.copyOf(responsibilities == null ? List.of() : responsibilities);
		}

	}

	public record Initiative(String key, String name, String description, String owner, InitiativeStatus status,
			LocalDate start, LocalDate end, BigDecimal budget, BigDecimal fte, List<String> pillars,
			List<String> objectives, List<String> addresses, Integer progress) {

		public Initiative {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
			objectives = List.copyOf(objectives == null ? List.of() : objectives);
			addresses = List.copyOf(addresses == null ? List.of() : addresses);
		}

	}

	public enum InitiativeStatus {

		PROPOSED, PLANNED, ACTIVE, PAUSED, COMPLETED, CANCELLED

	}

	public record Objective(String key, String title, String description, String owner, String team, String parent,
			List<String> pillars, int priority, LocalDate start, LocalDate due, ObjectiveStatus status,
			List<KeyResult> keyResults) {

		public Objective {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
			keyResults = List.copyOf(keyResults == null ? List.of() : keyResults);
		}

	}

	public enum ObjectiveStatus {

		PLANNED, ACTIVE, COMPLETED, CANCELLED

	}

	/** {@code target} null means "no numeric target" (the SMART_MEASURABLE finding). */
	public record KeyResult(String key, String title, String unit, BigDecimal baseline, BigDecimal target,
			Direction direction, List<CheckIn> checkIns) {

		public KeyResult {
			checkIns = List.copyOf(checkIns == null ? List.of() : checkIns);
		}

	}

	public enum Direction {

		INCREASE, DECREASE

	}

	/** Confidence 0–1, or null when not given. */
	public record CheckIn(LocalDate date, BigDecimal value, BigDecimal confidence, String note) {
	}

	public record Kpi(String key, String name, String unit, String owner, List<String> pillars, Cadence cadence,
			BigDecimal target, Direction direction, Thresholds thresholds, List<Measurement> measurements) {

		public Kpi {
			pillars = List.copyOf(pillars == null ? List.of() : pillars);
			measurements = List.copyOf(measurements == null ? List.of() : measurements);
		}

	}

	public enum Cadence {

		WEEKLY(7), MONTHLY(30), QUARTERLY(91);

		private final int days;

		Cadence(int days) {
			this.days = days;
		}

		public int days() {
			return this.days;
		}

	}

	public record Thresholds(BigDecimal red, BigDecimal green) {
	}

	public record Measurement(LocalDate date, BigDecimal value) {
	}

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

	/**
	 * Audit thresholds for this organization; a null field means the default of PRODUCT.md's "Audit
	 * findings v1" (shown in brackets).
	 */
	public record AuditSettings(Integer zombieInactivityDays /* 60 */, Integer offTrackPoints /* 25 */,
			BigDecimal offTrackConfidence /* 0.4 */, Integer staleObjectiveDays /* 30 */,
			BigDecimal achievableRateMultiple /* 3 */, BigDecimal misallocationTolerance /* 0.5 */,
			Integer overloadedOwnerMax /* 5 */, BigDecimal staleKpiCadenceMultiple /* 1.5 */,
			Integer anonymityMinimum /* 5 */, BigDecimal lowSentimentShare /* 0.6 */,
			Integer perceptionGapPoints /* 25 */, Integer unresolvedConcernDays /* 30 */) {

		public static final AuditSettings DEFAULTS = new AuditSettings(null, null, null, null, null, null, null, null,
				null, null, null, null);

	}

}
