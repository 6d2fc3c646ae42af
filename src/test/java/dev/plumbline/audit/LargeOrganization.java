package dev.plumbline.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.plumbline.interchange.OrganizationFile;
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
import dev.plumbline.interchange.PlanModel.Organization;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PlanModel.Team;

/**
 * Generates a large organization shaped like the benchmark's L (at {@code objectives = 50_000}: 150,000
 * key results, 1,500,000 check-ins, 5,000 initiatives), with cascades, owners and a spread of problems.
 */
final class LargeOrganization {

	private static final BigDecimal[] NUMBERS = new BigDecimal[101];

	static {
		for (int i = 0; i < NUMBERS.length; i++) {
			NUMBERS[i] = BigDecimal.valueOf(i);
		}
	}

	private LargeOrganization() {
	}

	static OrganizationFile generate(int objectiveCount) {
		LocalDate asOf = OrgMother.AS_OF;
		List<Pillar> pillars = new ArrayList<>();
		for (int p = 0; p < 6; p++) {
			pillars.add(new Pillar("p" + p, "Pillar " + p, null, 1 + p % 5));
		}
		int teamCount = Math.max(1, objectiveCount / 500);
		List<Team> teams = new ArrayList<>();
		for (int t = 0; t < teamCount; t++) {
			teams.add(new Team("t" + t, "Team " + t, null));
		}
		int peopleCount = Math.max(1, objectiveCount / 10);
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < peopleCount; i++) {
			people.add(new Person("u" + i, "Person " + i, null, "t" + (i % teamCount)));
		}
		List<Objective> objectives = new ArrayList<>(objectiveCount);
		for (int o = 0; o < objectiveCount; o++) {
			boolean root = o % 10 == 0;
			List<KeyResult> krs = new ArrayList<>(3);
			for (int k = 0; k < 3; k++) {
				List<CheckIn> checkIns = new ArrayList<>(10);
				int staleness = (o % 7) * 10;
				for (int c = 0; c < 10; c++) {
					checkIns.add(new CheckIn(asOf.minusDays(staleness + 7L * (9 - c)), NUMBERS[(c * (1 + o % 9)) % 100],
							c == 9 ? NUMBERS[o % 2] : null, null));
				}
				krs.add(new KeyResult("k" + k, "KR " + k, "%", NUMBERS[0], (o + k) % 13 == 0 ? null : NUMBERS[100],
						Direction.INCREASE, checkIns));
			}
			objectives.add(new Objective("o" + o, "Objective " + o, null, (o % 17 == 0) ? null : "u" + (o % peopleCount),
					"t" + (o % teamCount), root ? null : "o" + (o - o % 10), (root && o % 30 != 0) ? List.of("p" + (o % 6)) : List.of(),
					1, asOf.minusDays(90), (o % 11 == 0) ? null : asOf.plusDays(90),
					(o % 5 == 4) ? ObjectiveStatus.COMPLETED : ObjectiveStatus.ACTIVE, krs));
		}
		List<Initiative> initiatives = new ArrayList<>();
		for (int i = 0; i < objectiveCount / 10; i++) {
			initiatives.add(new Initiative("i" + i, "Initiative " + i, null, "u" + (i % peopleCount),
					InitiativeStatus.values()[i % InitiativeStatus.values().length], asOf.minusDays(i % 200),
					asOf.plusDays(100 - i % 150), NUMBERS[i % 100], NUMBERS[i % 3],
					i % 4 == 0 ? List.of("p" + (i % 6)) : List.of(), List.of("o" + (i * 10 % objectiveCount), "o" + ((i * 10 + 3) % objectiveCount)),
					List.of(), null));
		}
		List<Kpi> kpis = new ArrayList<>();
		for (int k = 0; k < objectiveCount / 50; k++) {
			kpis.add(new Kpi("kpi" + k, "KPI " + k, "%", "u" + (k % peopleCount), List.of("p" + (k % 6)), Cadence.MONTHLY,
					NUMBERS[80], Direction.INCREASE, new OrganizationFile.Thresholds(NUMBERS[40], NUMBERS[80]),
					List.of(new Measurement(asOf.minusDays(k % 90), NUMBERS[k % 100]))));
		}
		return OrganizationFile.empty(new Organization("Large Co", "large"))
			.withCharter(new Charter("v", "m", List.of(), pillars))
			.withTeams(teams)
			.withPeople(people)
			.withObjectives(objectives)
			.withInitiatives(initiatives)
			.withKpis(kpis);
	}

}
