package dev.plumbline.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PlanModel.AuditSettings;
import dev.plumbline.interchange.PlanModel.Cadence;
import dev.plumbline.interchange.PlanModel.Charter;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PracticeModel.Concern;
import dev.plumbline.interchange.PracticeModel.ConcernStatus;
import dev.plumbline.interchange.PracticeModel.Decision;
import dev.plumbline.interchange.PracticeModel.DecisionStatus;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PracticeModel.Fit;
import dev.plumbline.interchange.PracticeModel.FitRating;
import dev.plumbline.interchange.PracticeModel.Gwc;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PracticeModel.Journey;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;
import dev.plumbline.interchange.PlanModel.Organization;
import dev.plumbline.interchange.PracticeModel.PainPoint;
import dev.plumbline.interchange.PracticeModel.PainSeverity;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Review;
import dev.plumbline.interchange.PracticeModel.ReviewCadence;
import dev.plumbline.interchange.PlanModel.Seat;
import dev.plumbline.interchange.PracticeModel.Stage;
import dev.plumbline.interchange.PracticeModel.Story;
import dev.plumbline.interchange.PracticeModel.StoryKind;
import dev.plumbline.interchange.PracticeModel.Survey;
import dev.plumbline.interchange.PlanModel.Team;
import dev.plumbline.interchange.PlanModel.Thresholds;
import dev.plumbline.interchange.PlanModel.Value;

/**
 * The organization of {@code src/test/resources/audit/planted.yaml}, built in code: Harbor Clinic with
 * planted problems (commented in the file). Used where the file reader is not needed.
 */
public final class PlantedOrganization {

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	private PlantedOrganization() {
	}

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	public static OrganizationFile build() {
		Charter charter = new Charter("Good care close to home", "We give every patient timely, careful treatment.",
				List.of(new Value("care", "Care", "We treat people as we would our family", List.of("listen first")),
						new Value("candor", "Candor", "We say what we see", List.of("raise it early")),
						new Value("craft", "Craft", "We do the work well", List.of("check twice"))),
				List.of(new Pillar("access", "Access", "Care when it is needed", 3),
						new Pillar("quality", "Quality", "Care that works", 2),
						new Pillar("sustainability", "Sustainability", "Care that lasts", 1),
						new Pillar("research", "Research", "Care that learns", 1)));
		List<Team> teams = List.of(new Team("care", "Care team", null), new Team("ops", "Operations", null),
				new Team("lab", "Laboratory", "ops"));
		List<Person> people = List.of(new Person("ana", "Ana Alves", "ana@harbor.example", "care"),
				new Person("ben", "Ben Brook", "ben@harbor.example", "care"),
				new Person("fay", "Fay Fern", "fay@harbor.example", "care"),
				new Person("cat", "Cat Cole", "cat@harbor.example", "ops"),
				new Person("dan", "Dan Dale", "dan@harbor.example", "ops"),
				new Person("eve", "Eve East", "eve@harbor.example", "ops"));
		List<Seat> seats = List.of(
				new Seat("head-care", "Head of care", "care", null, "Makes sure every patient is cared for well",
						List.of("care standards"), "ana"),
				new Seat("nurse-lead", "Nurse lead", "care", "head-care", "Leads the nurses in timely care",
						List.of("rota"), null),
				new Seat("nurse", "Nurse", "care", "nurse-lead", "Treats patients with care", List.of("triage"), "ben"),
				new Seat("ops-lead", "Operations lead", "ops", null, null, List.of("facilities"), "cat"),
				new Seat("analyst", "Analyst", "ops", "ops-lead", "Shows where care is late", List.of("reports"), "dan"));
		List<Objective> objectives = List.of(
				new Objective("o-access", "Same-week appointments for everyone", null, "ana", "care", null,
						List.of("access"), 1, d("2026-09-01"), d("2027-03-31"), ObjectiveStatus.ACTIVE,
						List.of(new KeyResult("wait", "Days to an appointment", "days", n("20"), n("5"), Direction.DECREASE,
								List.of(new CheckIn(d("2026-09-05"), n("18"), null, null),
										new CheckIn(d("2026-10-20"), n("12"), n("0.7"), "booking helps"))))),
				new Objective("o-phone", "Answer every call", null, "ben", "care", "o-access", List.of(), 2,
						d("2026-09-01"), d("2026-12-15"), ObjectiveStatus.ACTIVE,
						List.of(new KeyResult("answered", "Calls answered", "%", n("60"), n("95"), Direction.INCREASE,
								List.of(new CheckIn(d("2026-09-01"), n("60"), null, null),
										new CheckIn(d("2026-10-01"), n("62"), n("0.3"), "no staff"))))),
				new Objective("o-quality", "Fewer readmissions", null, "fay", "care", null, List.of("quality"), 1,
						d("2026-09-01"), null, ObjectiveStatus.ACTIVE,
						List.of(new KeyResult("readmit", "Readmissions in 30 days", "%", n("12"), n("8"), Direction.DECREASE,
								List.of(new CheckIn(d("2026-10-25"), n("11"), n("0.8"), null))))),
				new Objective("o-green", "Cut energy use", null, "eve", "ops", null, List.of("sustainability"), 3,
						d("2026-10-01"), d("2027-03-31"), ObjectiveStatus.ACTIVE, List.of()),
				new Objective("o-brand", "Look modern", null, "dan", "ops", null, List.of(), 5, d("2026-10-15"),
						d("2027-06-30"), ObjectiveStatus.ACTIVE,
						List.of(new KeyResult("awareness", "Brand awareness", null, null, null, null, List.of()))),
				new Objective("o-unowned", "Tidy the supply room", null, null, "ops", null, List.of("quality"), 4,
						d("2026-10-10"), d("2026-12-31"), ObjectiveStatus.ACTIVE,
						List.of(new KeyResult("shelves", "Shelves sorted", "shelves", n("0"), n("10"), Direction.INCREASE,
								List.of(new CheckIn(d("2026-10-28"), n("5"), n("0.9"), null))))),
				new Objective("o-done", "Open the east wing", null, "ana", "care", null, List.of("access"), 1,
						d("2026-01-01"), d("2026-06-30"), ObjectiveStatus.COMPLETED,
						List.of(new KeyResult("rooms", "Rooms open", "rooms", n("0"), n("10"), Direction.INCREASE,
								List.of(new CheckIn(d("2026-06-20"), n("10"), n("1"), null))))));
		List<Initiative> initiatives = List.of(
				initiative("i-booking", "Online booking", "ana", InitiativeStatus.ACTIVE, "2026-06-01", "2027-03-31",
						"120000", "2", List.of("access"), List.of("o-access"), List.of("visit.book.no-answer")),
				initiative("i-clinic-app", "Clinic app", "dan", InitiativeStatus.ACTIVE, "2026-09-15", "2027-06-30",
						"60000", "1", List.of(), List.of("o-brand"), List.of()),
				initiative("i-old-portal", "Old patient portal", "cat", InitiativeStatus.ACTIVE, "2025-01-01",
						"2026-09-30", "30000", "1", List.of("access"), List.of(), List.of()),
				initiative("i-night-shift", "Night shift rota", "fay", InitiativeStatus.PAUSED, "2026-03-01",
						"2026-12-31", "10000", "0.5", List.of("quality"), List.of("o-done"), List.of("visit.follow-up.no-results")),
				initiative("i-solar", "Solar roof", "cat", InitiativeStatus.PLANNED, "2027-01-01", "2027-12-31", "80000",
						"0.5", List.of("sustainability"), List.of(), List.of()),
				initiative("i-research", "Research partnership", null, InitiativeStatus.PROPOSED, null, null, null, null,
						List.of("research"), List.of(), List.of()),
				initiative("i-triage", "Nurse triage line", "eve", InitiativeStatus.ACTIVE, "2026-08-01", "2027-02-28",
						"40000", "3", List.of("quality"), List.of("o-quality"), List.of("visit.book.no-answer")),
				initiative("i-lab", "Lab results link", "eve", InitiativeStatus.ACTIVE, "2026-10-01", "2027-01-31", "20000",
						"1", List.of("quality"), List.of(), List.of()),
				initiative("i-recycling", "Recycling", "eve", InitiativeStatus.ACTIVE, "2026-10-01", "2027-04-30", "5000",
						"0.5", List.of(), List.of("o-green"), List.of()),
				initiative("i-signage", "Wayfinding signs", null, InitiativeStatus.ACTIVE, "2026-10-01", "2026-12-31", null,
						null, List.of("access"), List.of(), List.of()));
		List<Kpi> kpis = List.of(
				new Kpi("k-wait", "Average wait", "days", "ana", List.of("access"), Cadence.MONTHLY, n("7"),
						Direction.DECREASE, new Thresholds(n("14"), n("7")),
						List.of(new Measurement(d("2026-09-30"), n("12")), new Measurement(d("2026-10-31"), n("15")))),
				new Kpi("k-nps", "Patient NPS", "points", null, List.of("quality"), Cadence.QUARTERLY, n("60"),
						Direction.INCREASE, new Thresholds(n("20"), n("50")), List.of(new Measurement(d("2026-05-01"), n("45")))),
				new Kpi("k-energy", "Energy use", "kWh", "cat", List.of("sustainability"), Cadence.MONTHLY, n("800"),
						Direction.DECREASE, new Thresholds(n("1000"), n("800")),
						List.of(new Measurement(d("2026-10-15"), n("900")))));
		List<Journey> journeys = List.of(new Journey("visit", "Clinic visit", "patient", List.of(
				new Stage("book", "Booking", List.of("phone", "web"),
						List.of(new PainPoint("no-answer", "Nobody answers the phone", PainSeverity.HIGH, "40 % unanswered"),
								new PainPoint("lost-referral", "Referrals get lost", PainSeverity.CRITICAL, "12 complaints"),
								new PainPoint("hold-music", "Loud music on hold", PainSeverity.LOW, null))),
				new Stage("follow-up", "Follow-up", List.of("letter"),
						List.of(new PainPoint("no-results", "Results never arrive", PainSeverity.HIGH, "survey"))))));
		List<Decision> decisions = List.of(
				new Decision("d-weekend", "Open on Saturdays", DecisionStatus.APPROVED, d("2026-09-01"), d("2027-03-01"),
						"ana", Map.of("access", 2, "sustainability", -1, "care", 1), Map.of("budget", true, "staff", true)),
				new Decision("d-cut-nurses", "Cut night nurses", DecisionStatus.APPROVED, d("2026-08-15"),
						d("2026-10-15"), "cat", ordered("quality", -2, "sustainability", 2, "care", -1), Map.of()),
				new Decision("d-vendor", "New lab vendor", DecisionStatus.APPROVED, d("2026-10-01"), null, "eve",
						Map.of("quality", 1), ordered("legal", true, "privacy", false)),
				new Decision("d-mural", "Paint a mural", DecisionStatus.PROPOSED, null, d("2026-01-01"), "dan", Map.of(),
						Map.of()));
		List<Fit> fits = List.of(
				new Fit("ana", "head-care", d("2026-09-01"),
						ordered("care", FitRating.PLUS, "candor", FitRating.PLUS, "craft", FitRating.PLUS),
						new Gwc(true, true, true), null),
				new Fit("ben", "nurse", d("2026-03-01"), ordered("care", FitRating.MINUS), new Gwc(true, true, true), null),
				new Fit("ben", "nurse", d("2026-09-15"),
						ordered("care", FitRating.PLUS, "candor", FitRating.PLUS, "craft", FitRating.PLUS),
						new Gwc(true, true, true), null),
				new Fit("cat", "ops-lead", d("2026-10-01"),
						ordered("care", FitRating.PLUS, "candor", FitRating.PLUS_MINUS, "craft", FitRating.PLUS_MINUS),
						new Gwc(true, true, true), "misses the details"),
				new Fit("dan", "analyst", d("2026-10-01"),
						ordered("care", FitRating.PLUS, "candor", FitRating.PLUS, "craft", FitRating.PLUS),
						new Gwc(true, true, false), "too much at once"));
		List<Question> pulse = List.of(new Question("q-mission", "I know how my work serves the mission", 5),
				new Question("q-values", "Our decisions follow our values", 5));
		List<Response> q2 = answers("care", 5, 1, 1);
		List<Response> q3 = new ArrayList<>();
		q3.addAll(answers("care", 5, 5, 5));
		for (int[] a : new int[][] { { 2, 4 }, { 3, 4 }, { 3, 3 }, { 2, 4 }, { 3, 4 }, { 3, 3 } }) {
			q3.add(new Response("ops", ordered("q-mission", a[0], "q-values", a[1])));
		}
		q3.addAll(answers("lab", 3, 1, 1));
		q3.addAll(answers(null, 3, 1, 1));
		List<Response> panel = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			panel.add(new Response(null, Map.of("q-recommend", 3)));
		}
		List<Survey> surveys = List.of(new Survey("pulse-q2", "Pulse Q2", Audience.EMPLOYEES, d("2026-06-01"), pulse, q2),
				new Survey("pulse-q3", "Pulse Q3", Audience.EMPLOYEES, d("2026-10-01"), pulse, q3),
				new Survey("panel", "Patient panel", Audience.CUSTOMERS, d("2026-09-01"),
						List.of(new Question("q-recommend", "Would you recommend us?", 10)), panel));
		List<Concern> concerns = List.of(
				new Concern("c-handover", "Shift handovers lose details", "ben", d("2026-09-01"), ConcernStatus.RAISED,
						List.of("quality")),
				new Concern("c-parking", "Not enough parking", "fay", d("2026-10-20"), ConcernStatus.DISCUSSED,
						List.of("access")),
				new Concern("c-forms", "Forms in one language only", "ana", d("2026-01-01"), ConcernStatus.SOLVED,
						List.of("access")));
		List<Review> reviews = List.of(new Review("rv-q1", ReviewCadence.QUARTERLY, d("2026-04-15"), List.of("start booking")),
				new Review("rv-q2", ReviewCadence.QUARTERLY, d("2026-07-20"), List.of("pause night shift rota")));
		List<Story> stories = List.of(new Story("s-wing", StoryKind.SUCCESS, "East wing open", "Ten rooms opened.",
				d("2026-07-01"), List.of("access")));
		return new OrganizationFile(1, new Organization("Harbor Clinic", "harbor"), AS_OF,
				new AuditSettings(null, null, null, null, null, null, 3, null, null, null, null, null), charter, teams,
				people, seats, initiatives, objectives, kpis, journeys, decisions, fits, surveys, concerns, reviews, stories);
	}

	private static Initiative initiative(String key, String name, String owner, InitiativeStatus status, String start,
			String end, String budget, String fte, List<String> pillars, List<String> objectives, List<String> addresses) {
		return new Initiative(key, name, null, owner, status, start == null ? null : d(start), end == null ? null : d(end),
				budget == null ? null : n(budget), fte == null ? null : n(fte), pillars, objectives, addresses, null);
	}

	private static List<Response> answers(String team, int count, int mission, int values) {
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			responses.add(new Response(team, ordered("q-mission", mission, "q-values", values)));
		}
		return responses;
	}

	private static <V> Map<String, V> ordered(Object... keysAndValues) {
		return OrgMother.map(keysAndValues);
	}

	/** The findings planted in the file, as "CODE subjectKey", in report order. */
	public static List<String> expected() {
		return List.of("ORPHAN_INITIATIVE i-clinic-app", "ZOMBIE_INITIATIVE i-night-shift",
				"ZOMBIE_INITIATIVE i-old-portal", "SMART_RELEVANT o-brand", "KPI_RED k-wait", "VALUES_MISFIT cat",
				"UNADDRESSED_PAIN_POINT visit.book.lost-referral", "UNADDRESSED_PAIN_POINT visit.follow-up.no-results",
				"DECISION_AGAINST_MISSION d-cut-nurses", "DECISION_AGAINST_MISSION d-vendor",
				"UNCOVERED_PILLAR research", "SMART_SPECIFIC o-green", "SMART_MEASURABLE o-brand.awareness",
				"SMART_ACHIEVABLE o-phone.answered", "SMART_TIMEBOUND o-quality", "UNOWNED i-signage", "UNOWNED k-nps",
				"UNOWNED o-unowned", "OFF_TRACK o-phone", "MISALLOCATED_RESOURCES quality",
				"MISALLOCATED_RESOURCES research", "MISALLOCATED_RESOURCES research",
				"MISALLOCATED_RESOURCES sustainability", "MISALLOCATED_RESOURCES sustainability", "STALE_KPI k-nps",
				"EMPTY_SEAT nurse-lead", "SEAT_WITHOUT_PURPOSE ops-lead", "WRONG_SEAT dan", "LOW_ALIGNMENT_SENTIMENT ops",
				"PERCEPTION_GAP care", "UNRESOLVED_CONCERN c-handover", "REVIEW_OVERDUE rv-q2",
				"STALE_OBJECTIVE o-phone", "OVERLOADED_OWNER eve", "DECISION_REVISIT_DUE d-cut-nurses",
				"DECISION_REVISIT_DUE d-mural");
	}

}
