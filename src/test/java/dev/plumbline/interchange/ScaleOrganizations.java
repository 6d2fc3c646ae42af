package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.plumbline.interchange.PlanModel.Cadence;
import dev.plumbline.interchange.PlanModel.Charter;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Kpi;
import dev.plumbline.interchange.PlanModel.Measurement;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PlanModel.Team;
import dev.plumbline.interchange.PlanModel.Thresholds;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;

/**
 * Organizations at the sizes of the benchmark scales (issue 5), seeded, for the import speed and page
 * speed measurements: people, teams, a cascade of objectives with key results and check-ins,
 * initiatives, KPIs with daily measurements and surveys. Some notes carry the characters COPY must
 * escape, so a large import exercises them too.
 */
public final class ScaleOrganizations {

	/** One scale of issue 5's table (the sections this generator fills). */
	public record Scale(int people, int teams, int objectives, int checkInsPerKeyResult, int initiatives, int kpis,
			int measurementsPerKpi, int surveyResponses) {

		public static final Scale S = new Scale(50, 6, 200, 10, 40, 20, 52, 500);

		public static final Scale M = new Scale(1_000, 80, 5_000, 10, 500, 100, 365, 5_000);

		public static final Scale L = new Scale(10_000, 800, 50_000, 10, 5_000, 1_000, 365, 100_000);

		public static Scale named(String name) {
			return switch (name.toUpperCase(java.util.Locale.ROOT)) {
				case "S" -> S;
				case "M" -> M;
				case "L" -> L;
				default -> throw new IllegalArgumentException("scale: expected S, M or L, got " + name);
			};
		}

	}

	private static final String[] NOTES = { "On track", "Blocked by \"vendor\"", "tab\there", "line one\nline two",
			"back\\slash \\N", "Zürich – 東京 ✓ 🚀", "carriage\r\nreturn", "'quoted'" };

	private static final int QUESTIONS = 5;

	private ScaleOrganizations() {
	}

	public static OrganizationFile generate(String slug, Scale scale, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		LocalDate start = LocalDate.of(2025, 1, 6);
		List<Pillar> pillars = List.of(new Pillar("access", "Access", null, 5), new Pillar("quality", "Quality", null, 3),
				new Pillar("growth", "Growth", null, 2));
		List<Team> teams = new ArrayList<>();
		for (int t = 0; t < scale.teams(); t++) {
			teams.add(new Team(key("team", t), "Team " + t, t == 0 ? null : key("team", (t - 1) / 8)));
		}
		List<Person> people = new ArrayList<>();
		for (int p = 0; p < scale.people(); p++) {
			people.add(new Person(key("person", p), "Person " + p, "p" + p + "@scale.test", key("team", p % scale.teams())));
		}
		List<Objective> objectives = new ArrayList<>(scale.objectives());
		for (int o = 0; o < scale.objectives(); o++) {
			objectives.add(objective(random, scale, start, o));
		}
		List<Initiative> initiatives = new ArrayList<>();
		InitiativeStatus[] statuses = InitiativeStatus.values();
		for (int i = 0; i < scale.initiatives(); i++) {
			initiatives.add(new Initiative(key("initiative", i), "Initiative " + i, null,
					key("person", random.nextInt(scale.people())), statuses[random.nextInt(statuses.length)], start,
					start.plusMonths(3 + random.nextInt(18)), BigDecimal.valueOf(random.nextInt(100_000)),
					BigDecimal.valueOf(random.nextInt(5)), List.of("access"),
					List.of(key("objective", random.nextInt(scale.objectives()))), List.of(), random.nextInt(101)));
		}
		List<Kpi> kpis = new ArrayList<>();
		for (int k = 0; k < scale.kpis(); k++) {
			List<Measurement> measurements = new ArrayList<>(scale.measurementsPerKpi());
			for (int m = 0; m < scale.measurementsPerKpi(); m++) {
				measurements.add(new Measurement(start.plusDays(m * 2L), BigDecimal.valueOf(random.nextInt(100_000), 2)));
			}
			kpis.add(new Kpi(key("kpi", k), "KPI " + k, "u", key("person", k % scale.people()), List.of("quality"),
					Cadence.WEEKLY, BigDecimal.valueOf(500), Direction.INCREASE,
					new Thresholds(BigDecimal.valueOf(200), BigDecimal.valueOf(400)), measurements));
		}
		return OrganizationFile.empty(new OrganizationFile.Organization("Scale " + slug, slug))
			.withAsOf(start.plusYears(2))
			.withCharter(new Charter("Vision", "Mission", List.of(), pillars))
			.withTeams(teams)
			.withPeople(people)
			.withObjectives(objectives)
			.withInitiatives(initiatives)
			.withKpis(kpis)
			.withSurveys(surveys(random, scale, start));
	}

	private static Objective objective(SplittableRandom random, Scale scale, LocalDate start, int o) {
		List<KeyResult> keyResults = new ArrayList<>(3);
		for (int k = 0; k < 3; k++) {
			List<CheckIn> checkIns = new ArrayList<>(scale.checkInsPerKeyResult());
			for (int c = 0; c < scale.checkInsPerKeyResult(); c++) {
				checkIns.add(new CheckIn(start.plusWeeks(c * 7L + o % 7), BigDecimal.valueOf(random.nextInt(10_000), 2),
						random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(101), 2),
						random.nextInt(8) == 0 ? NOTES[random.nextInt(NOTES.length)] : null));
			}
			keyResults.add(new KeyResult("kr" + k, "Key result " + k, k == 0 ? "%" : null,
					BigDecimal.valueOf(random.nextInt(50)), BigDecimal.valueOf(50 + random.nextInt(50)),
					k == 1 ? Direction.DECREASE : Direction.INCREASE, checkIns));
		}
		// a cascade: every objective past the first hundred hangs under an earlier one (several levels)
		String parent = o < 100 ? null : key("objective", random.nextInt(o));
		return new Objective(key("objective", o), "Objective " + o, null, key("person", random.nextInt(scale.people())),
				key("team", o % scale.teams()), parent, List.of(o % 2 == 0 ? "access" : "quality"), random.nextInt(20),
				start.plusDays(o % 365), start.plusDays(o % 365 + 180),
				ObjectiveStatus.values()[random.nextInt(ObjectiveStatus.values().length)], keyResults);
	}

	private static List<Survey> surveys(SplittableRandom random, Scale scale, LocalDate start) {
		int surveyCount = Math.max(1, scale.surveyResponses() / 1000);
		List<Survey> surveys = new ArrayList<>();
		for (int s = 0; s < surveyCount; s++) {
			List<Question> questions = new ArrayList<>();
			for (int q = 0; q < QUESTIONS; q++) {
				questions.add(new Question("q" + q, "Question " + q, 5));
			}
			List<Response> responses = new ArrayList<>();
			for (int r = 0; r < scale.surveyResponses() / surveyCount; r++) {
				Map<String, Integer> answers = new LinkedHashMap<>();
				for (int q = 0; q < QUESTIONS; q++) {
					answers.put("q" + q, 1 + random.nextInt(5));
				}
				responses.add(new Response(key("team", random.nextInt(scale.teams())), answers));
			}
			surveys.add(new Survey(key("survey", s), "Survey " + s, Audience.EMPLOYEES, start.plusWeeks(s), questions,
					responses));
		}
		return surveys;
	}

	private static String key(String prefix, int n) {
		return prefix + "-" + String.format("%05d", n);
	}

}
