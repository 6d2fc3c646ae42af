package dev.plumbline.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.plumbline.interchange.PlanModel.AuditSettings;
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
import dev.plumbline.interchange.PlanModel.Value;

/**
 * Organization files for tests, in the canonical form an export gives back (lists sorted by key, numbers
 * without trailing zeros, absent optional text as null): a small hand-written one and a large generated
 * one (seeded, so every run sees the same file).
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static OrganizationFile small(String slug) {
		return OrganizationFile.empty(new OrganizationFile.Organization("Valley Clinics", slug))
			.withAudit(new AuditSettings(45, 20, new BigDecimal("0.35"), null, null, new BigDecimal("0.4"), 7, null,
					6, null, null, 21))
			.withCharter(new Charter("Everyone in the valley is cared for.", "We run clinics for everyone.",
					List.of(new Value("dignity", "Dignity", "Neighbours, not cases.", List.of("Greet by name", "Explain")),
							new Value("candour", "Candour", null, List.of())),
					List.of(new Pillar("access", "Access", "Short waits.", 5), new Pillar("quality", "Quality", null, 3))))
			.withTeams(List.of(new Team("care", "Care", "ops"), new Team("ops", "Operations", null)))
			.withPeople(List.of(new Person("ana", "Ana Ruiz", "ana@valley.test", "care"),
					new Person("ben", "Ben Ode", null, null)))
			.withObjectives(List.of(
					new Objective("faster-access", "Same-week access", "Book within 7 days", "ana", "care", null,
							List.of("access", "quality"), 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
							ObjectiveStatus.ACTIVE,
							List.of(new KeyResult("booked", "Booked within 7 days", "%", new BigDecimal("40"),
									new BigDecimal("80"), Direction.INCREASE,
									List.of(new CheckIn(LocalDate.of(2026, 3, 2), new BigDecimal("50"),
											new BigDecimal("0.7"), "New rota"),
											new CheckIn(LocalDate.of(2026, 3, 2), new BigDecimal("52.5"), null, null),
											new CheckIn(LocalDate.of(2026, 4, 6), new BigDecimal("58"),
													new BigDecimal("0.65"), "Steady"))),
									new KeyResult("no-shows", "No-show rate", null, new BigDecimal("12"), null,
											Direction.DECREASE, List.of()))),
					new Objective("triage", "Triage desk", null, null, null, "faster-access", List.of(), 0, null, null,
							ObjectiveStatus.PLANNED, List.of())))
			.withInitiatives(List.of(new Initiative("rota", "New rota", "Rota for evenings", "ben",
					InitiativeStatus.ACTIVE, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 9, 30),
					new BigDecimal("12500.5"), new BigDecimal("1.5"), List.of("access"),
					List.of("faster-access", "triage"), List.of(), 40),
					new Initiative("van", "Mobile van", null, null, InitiativeStatus.PROPOSED, null, null,
							BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(), List.of(), 0)))
			.withKpis(List.of(new Kpi("nps", "Patient NPS", null, null, List.of(), Cadence.QUARTERLY, new BigDecimal("50"),
							Direction.INCREASE, new Thresholds(new BigDecimal("20"), new BigDecimal("40")),
							List.of()),
					new Kpi("wait-days", "Days to appointment", "days", "ana", List.of("access"),
					Cadence.WEEKLY, new BigDecimal("5"), Direction.DECREASE,
					new Thresholds(new BigDecimal("10"), new BigDecimal("6")),
					List.of(new Measurement(LocalDate.of(2026, 3, 2), new BigDecimal("9.25")),
							new Measurement(LocalDate.of(2026, 3, 9), new BigDecimal("8"))))));
	}

	/**
	 * The small file whose first initiative also addresses a pain point (stored as a reference even
	 * without the journeys section, so valid only at model level until journeys are imported too).
	 */
	public static OrganizationFile smallAddressingAPainPoint(String slug) {
		OrganizationFile file = small(slug);
		Initiative rota = file.initiatives().get(0);
		Initiative addressing = new Initiative(rota.key(), rota.name(), rota.description(), rota.owner(), rota.status(),
				rota.start(), rota.end(), rota.budget(), rota.fte(), rota.pillars(), rota.objectives(),
				List.of("visit.booking.wait"), rota.progress());
		return file.withInitiatives(List.of(addressing, file.initiatives().get(1)));
	}

	/**
	 * A large organization: {@code objectives} objectives in a cascade, three key results each, check-ins
	 * spread over them, initiatives and KPIs; seeded.
	 */
	public static OrganizationFile large(String slug, int objectives, int checkInsPerKeyResult, long seed) {
		Random random = new Random(seed);
		OrganizationFile small = small(slug);
		List<Team> teams = new ArrayList<>();
		List<Person> people = new ArrayList<>();
		for (int t = 0; t < 40; t++) {
			teams.add(new Team(key("team", t), "Team " + t, t == 0 ? null : key("team", random.nextInt(t))));
		}
		for (int p = 0; p < 400; p++) {
			people.add(new Person(key("person", p), "Person " + p, "p" + p + "@large.test", key("team", p % 40)));
		}
		List<Objective> list = new ArrayList<>();
		LocalDate start = LocalDate.of(2026, 1, 5);
		for (int o = 0; o < objectives; o++) {
			List<KeyResult> keyResults = new ArrayList<>();
			for (int k = 0; k < 3; k++) {
				List<CheckIn> checkIns = new ArrayList<>();
				for (int c = 0; c < checkInsPerKeyResult; c++) {
					checkIns.add(new CheckIn(start.plusWeeks(c), SectionValues.decimal(BigDecimal.valueOf(random.nextInt(10000), 2)),
							random.nextBoolean() ? null : SectionValues.decimal(BigDecimal.valueOf(random.nextInt(101), 2)),
							random.nextInt(4) == 0 ? "note " + c : null));
				}
				keyResults.add(new KeyResult("kr" + k, "Key result " + k, k == 0 ? "%" : null,
						BigDecimal.valueOf(random.nextInt(50)), k == 2 ? null : BigDecimal.valueOf(50 + random.nextInt(50)),
						k == 1 ? Direction.DECREASE : Direction.INCREASE, checkIns));
			}
			list.add(new Objective(key("objective", o), "Objective " + o, null, key("person", random.nextInt(400)),
					key("team", random.nextInt(40)), o < 10 ? null : key("objective", random.nextInt(o)),
					List.of(random.nextBoolean() ? "access" : "quality"), random.nextInt(20), start,
					start.plusMonths(6 + random.nextInt(6)),
					ObjectiveStatus.values()[random.nextInt(ObjectiveStatus.values().length)], keyResults));
		}
		List<Initiative> initiatives = new ArrayList<>();
		for (int i = 0; i < objectives / 10; i++) {
			initiatives.add(new Initiative(key("initiative", i), "Initiative " + i, null,
					key("person", random.nextInt(400)), InitiativeStatus.values()[random.nextInt(6)], start,
					start.plusMonths(3), BigDecimal.valueOf(random.nextInt(100000)), BigDecimal.valueOf(random.nextInt(5)),
					List.of("access"), List.of(key("objective", random.nextInt(objectives))), List.of(), random.nextInt(101)));
		}
		List<Kpi> kpis = new ArrayList<>();
		for (int k = 0; k < 50; k++) {
			List<Measurement> measurements = new ArrayList<>();
			for (int m = 0; m < 52; m++) {
				measurements.add(new Measurement(start.plusWeeks(m), BigDecimal.valueOf(random.nextInt(1000))));
			}
			kpis.add(new Kpi(key("kpi", k), "KPI " + k, "u", null, List.of("quality"), Cadence.WEEKLY,
					BigDecimal.valueOf(500), Direction.INCREASE, new Thresholds(BigDecimal.valueOf(200),
							BigDecimal.valueOf(400)), measurements));
		}
		return small.withTeams(teams).withPeople(people).withObjectives(sortedByKey(list))
			.withInitiatives(initiatives.stream().sorted(java.util.Comparator.comparing(Initiative::key)).toList())
			.withKpis(kpis);
	}

	private static List<Objective> sortedByKey(List<Objective> objectives) {
		return objectives.stream().sorted(java.util.Comparator.comparing(Objective::key)).toList();
	}

	private static String key(String prefix, int n) {
		return prefix + "-" + String.format("%05d", n);
	}

}
