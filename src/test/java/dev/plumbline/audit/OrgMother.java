package dev.plumbline.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PlanModel.Cadence;
import dev.plumbline.interchange.PlanModel.Charter;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PracticeModel.Concern;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;
import dev.plumbline.interchange.PlanModel.Organization;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PlanModel.Seat;
import dev.plumbline.interchange.PracticeModel.Survey;
import dev.plumbline.interchange.PlanModel.Team;
import dev.plumbline.interchange.PlanModel.Value;

/**
 * Object mother for audit tests: {@code org().pillar("access", 3).objective(objective("o1").pillars("access"))}.
 * Everything is healthy unless a test says otherwise; dates are relative to {@link #AS_OF}.
 */
public final class OrgMother {

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	private OrgMother() {
	}

	public static LocalDate daysAgo(int days) {
		return AS_OF.minusDays(days);
	}

	public static LocalDate inDays(int days) {
		return AS_OF.plusDays(days);
	}

	public static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	public static Org org() {
		return new Org();
	}

	public static ObjectiveBuilder objective(String key) {
		return new ObjectiveBuilder(key);
	}

	public static InitiativeBuilder initiative(String key) {
		return new InitiativeBuilder(key);
	}

	public static KeyResult kr(String key, String baseline, String target, CheckIn... checkIns) {
		return new KeyResult(key, "KR " + key, "%", baseline == null ? null : dec(baseline),
				target == null ? null : dec(target), Direction.INCREASE, Arrays.asList(checkIns));
	}

	public static KeyResult krDown(String key, String baseline, String target, CheckIn... checkIns) {
		return new KeyResult(key, "KR " + key, "%", dec(baseline), dec(target), Direction.DECREASE,
				Arrays.asList(checkIns));
	}

	public static CheckIn checkIn(LocalDate date, String value) {
		return new CheckIn(date, dec(value), null, null);
	}

	public static CheckIn checkIn(LocalDate date, String value, String confidence) {
		return new CheckIn(date, dec(value), dec(confidence), null);
	}

	public static Kpi kpi(String key, Cadence cadence, Direction direction, String red, Measurement... measurements) {
		return new Kpi(key, "KPI " + key, "%", "ann", List.of(), cadence, null, direction,
				red == null ? null : new OrganizationFile.Thresholds(dec(red), null), Arrays.asList(measurements));
	}

	public static Measurement measurement(LocalDate date, String value) {
		return new Measurement(date, dec(value));
	}

	public static Question question(String key, int scale) {
		return new Question(key, "Question " + key, scale);
	}

	/** {@code count} responses from {@code team}, each answering {@code question} with {@code answer}. */
	public static List<Response> responses(String team, int count, String question, int answer) {
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			responses.add(new Response(team, Map.of(question, answer)));
		}
		return responses;
	}

	public static final class Org {

		private AuditSettings settings;

		private final List<Value> values = new ArrayList<>();

		private final List<Pillar> pillars = new ArrayList<>();

		private final List<Team> teams = new ArrayList<>();

		private final List<Person> people = new ArrayList<>();

		private final List<Seat> seats = new ArrayList<>();

		private final List<Initiative> initiatives = new ArrayList<>();

		private final List<Objective> objectives = new ArrayList<>();

		private final List<Kpi> kpis = new ArrayList<>();

		private final List<Journey> journeys = new ArrayList<>();

		private final List<Decision> decisions = new ArrayList<>();

		private final List<Fit> fits = new ArrayList<>();

		private final List<Survey> surveys = new ArrayList<>();

		private final List<Concern> concerns = new ArrayList<>();

		private final List<Review> reviews = new ArrayList<>();

		public Org settings(AuditSettings value) {
			this.settings = value;
			return this;
		}

		public Org value(String key) {
			this.values.add(new Value(key, "Value " + key, null, List.of()));
			return this;
		}

		public Org pillar(String key, int weight) {
			this.pillars.add(new Pillar(key, "Pillar " + key, null, weight));
			return this;
		}

		public Org team(String key) {
			this.teams.add(new Team(key, "Team " + key, null));
			return this;
		}

		public Org person(String key, String team) {
			this.people.add(new Person(key, "Person " + key, key + "@example.org", team));
			return this;
		}

		public Org seat(Seat seat) {
			this.seats.add(seat);
			return this;
		}

		public Org initiative(InitiativeBuilder initiative) {
			this.initiatives.add(initiative.build());
			return this;
		}

		public Org objective(ObjectiveBuilder objective) {
			this.objectives.add(objective.build());
			return this;
		}

		public Org kpi(Kpi kpi) {
			this.kpis.add(kpi);
			return this;
		}

		public Org journey(Journey journey) {
			this.journeys.add(journey);
			return this;
		}

		public Org decision(Decision decision) {
			this.decisions.add(decision);
			return this;
		}

		public Org fit(Fit fit) {
			this.fits.add(fit);
			return this;
		}

		public Org survey(String key, Audience audience, LocalDate date, List<Question> questions,
				List<Response> responses) {
			this.surveys.add(new Survey(key, "Survey " + key, audience, date, questions, responses));
			return this;
		}

		public Org concern(Concern concern) {
			this.concerns.add(concern);
			return this;
		}

		public Org review(Review review) {
			this.reviews.add(review);
			return this;
		}

		public OrganizationFile build() {
			return OrganizationFile.empty(new Organization("Mother Co", "mother"))
				.withAsOf(AS_OF)
				.withAudit(this.settings)
				.withCharter(new Charter("A vision", "A mission", this.values, this.pillars))
				.withTeams(this.teams)
				.withPeople(this.people)
				.withSeats(this.seats)
				.withInitiatives(this.initiatives)
				.withObjectives(this.objectives)
				.withKpis(this.kpis)
				.withJourneys(this.journeys)
				.withDecisions(this.decisions)
				.withFits(this.fits)
				.withSurveys(this.surveys)
				.withConcerns(this.concerns)
				.withReviews(this.reviews);
		}

	}

	public static final class ObjectiveBuilder {

		private final String key;

		private String owner = "ann";

		private String team;

		private String parent;

		private List<String> pillars = List.of();

		private LocalDate start;

		private LocalDate due = inDays(90);

		private ObjectiveStatus status = ObjectiveStatus.ACTIVE;

		private final List<KeyResult> keyResults = new ArrayList<>();

		ObjectiveBuilder(String key) {
			this.key = key;
		}

		public ObjectiveBuilder owner(String value) {
			this.owner = value;
			return this;
		}

		public ObjectiveBuilder team(String value) {
			this.team = value;
			return this;
		}

		public ObjectiveBuilder parent(String value) {
			this.parent = value;
			return this;
		}

		public ObjectiveBuilder pillars(String... value) {
			this.pillars = List.of(value);
			return this;
		}

		public ObjectiveBuilder start(LocalDate value) {
			this.start = value;
			return this;
		}

		public ObjectiveBuilder due(LocalDate value) {
			this.due = value;
			return this;
		}

		public ObjectiveBuilder status(ObjectiveStatus value) {
			this.status = value;
			return this;
		}

		public ObjectiveBuilder kr(KeyResult value) {
			this.keyResults.add(value);
			return this;
		}

		public Objective build() {
			return new Objective(this.key, "Objective " + this.key, null, this.owner, this.team, this.parent,
					this.pillars, 1, this.start, this.due, this.status, this.keyResults);
		}

	}

	public static final class InitiativeBuilder {

		private final String key;

		private String owner = "ann";

		private InitiativeStatus status = InitiativeStatus.ACTIVE;

		private LocalDate start;

		private LocalDate end;

		private BigDecimal budget;

		private BigDecimal fte;

		private List<String> pillars = List.of();

		private List<String> objectives = List.of();

		private List<String> addresses = List.of();

		InitiativeBuilder(String key) {
			this.key = key;
		}

		public InitiativeBuilder owner(String value) {
			this.owner = value;
			return this;
		}

		public InitiativeBuilder status(InitiativeStatus value) {
			this.status = value;
			return this;
		}

		public InitiativeBuilder start(LocalDate value) {
			this.start = value;
			return this;
		}

		public InitiativeBuilder end(LocalDate value) {
			this.end = value;
			return this;
		}

		public InitiativeBuilder budget(String value) {
			this.budget = dec(value);
			return this;
		}

		public InitiativeBuilder fte(String value) {
			this.fte = dec(value);
			return this;
		}

		public InitiativeBuilder pillars(String... value) {
			this.pillars = List.of(value);
			return this;
		}

		public InitiativeBuilder objectives(String... value) {
			this.objectives = List.of(value);
			return this;
		}

		public InitiativeBuilder addresses(String... value) {
			this.addresses = List.of(value);
			return this;
		}

		public Initiative build() {
			return new Initiative(this.key, "Initiative " + this.key, null, this.owner, this.status, this.start,
					this.end, this.budget, this.fte, this.pillars, this.objectives, this.addresses, null);
		}

	}

	/** An ordered map from alternating keys and values. */
	@SuppressWarnings("unchecked")
	public static <V> Map<String, V> map(Object... keysAndValues) {
		Map<String, V> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
		}
		return map;
	}

}
