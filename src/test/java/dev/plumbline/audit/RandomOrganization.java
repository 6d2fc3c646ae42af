package dev.plumbline.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.Charter;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Direction;
import dev.plumbline.interchange.PlanModel.Initiative;
import dev.plumbline.interchange.PlanModel.InitiativeStatus;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;
import dev.plumbline.interchange.PlanModel.ObjectiveStatus;
import dev.plumbline.interchange.PlanModel.Organization;
import dev.plumbline.interchange.PlanModel.Person;
import dev.plumbline.interchange.PlanModel.Pillar;
import dev.plumbline.interchange.PlanModel.Team;
import dev.plumbline.interchange.PracticeModel.Audience;
import dev.plumbline.interchange.PracticeModel.Question;
import dev.plumbline.interchange.PracticeModel.Response;
import dev.plumbline.interchange.PracticeModel.Survey;

/**
 * A small organization drawn at random from a seed, shaped to reach every branch the check-in rules
 * have: deep cascades, parents missing, self-parents and cycles, key results with and without targets,
 * both directions, check-ins on equal dates, confidences high and low, initiatives listing objectives,
 * and an employees survey so that PERCEPTION_GAP depends on the measured team index.
 */
final class RandomOrganization {

	static final LocalDate AS_OF = OrgMother.AS_OF;

	private final Random random;

	RandomOrganization(long seed) {
		this.random = new Random(seed);
	}

	OrganizationFile generate() {
		int teamCount = 1 + this.random.nextInt(4);
		List<Team> teams = new ArrayList<>();
		for (int t = 0; t < teamCount; t++) {
			teams.add(new Team("t" + t, "Team " + t, null));
		}
		List<Person> people = new ArrayList<>();
		for (int p = 0; p < 8; p++) {
			people.add(new Person("u" + p, "Person " + p, null, "t" + this.random.nextInt(teamCount)));
		}
		List<Pillar> pillars = List.of(new Pillar("p0", "Pillar 0", null, 3), new Pillar("p1", "Pillar 1", null, 1));
		int objectiveCount = 5 + this.random.nextInt(30);
		List<Objective> objectives = new ArrayList<>();
		for (int o = 0; o < objectiveCount; o++) {
			objectives.add(objective(o, objectiveCount));
		}
		List<Initiative> initiatives = new ArrayList<>();
		for (int i = 0; i < 1 + this.random.nextInt(8); i++) {
			List<String> listed = new ArrayList<>();
			for (int n = this.random.nextInt(3); n > 0; n--) {
				listed.add("o" + this.random.nextInt(objectiveCount));
			}
			InitiativeStatus status = InitiativeStatus.values()[this.random.nextInt(InitiativeStatus.values().length)];
			initiatives.add(new Initiative("i" + i, "Initiative " + i, null, "u" + this.random.nextInt(8), status,
					date(-400, 30), this.random.nextBoolean() ? null : date(-100, 200), null, null,
					this.random.nextBoolean() ? List.of("p0") : List.of(), listed, List.of(), null));
		}
		List<Response> responses = new ArrayList<>();
		for (int r = 0; r < 30; r++) {
			responses.add(new Response("t" + this.random.nextInt(teamCount), Map.of("q", 1 + this.random.nextInt(5))));
		}
		Survey survey = new Survey("s", "Pulse", Audience.EMPLOYEES, AS_OF.minusDays(10), List.of(new Question("q", "?", 5)),
				responses);
		return OrganizationFile.empty(new Organization("Random", "random"))
			.withCharter(new Charter("v", "m", List.of(), pillars))
			.withTeams(teams)
			.withPeople(people)
			.withObjectives(objectives)
			.withInitiatives(initiatives)
			.withSurveys(List.of(survey));
	}

	private Objective objective(int o, int count) {
		String parent = switch (this.random.nextInt(6)) {
			case 0 -> null;
			case 1 -> "missing";
			case 2 -> this.random.nextInt(20) == 0 ? "o" + o : "o" + this.random.nextInt(count);
			default -> o == 0 ? null : "o" + this.random.nextInt(o);
		};
		List<KeyResult> keyResults = new ArrayList<>();
		for (int k = this.random.nextInt(4); k > 0; k--) {
			keyResults.add(keyResult("k" + k));
		}
		ObjectiveStatus status = this.random.nextInt(4) == 0 ? ObjectiveStatus.values()[this.random.nextInt(4)]
				: ObjectiveStatus.ACTIVE;
		LocalDate start = this.random.nextInt(8) == 0 ? null : date(-300, 10);
		LocalDate due = this.random.nextInt(8) == 0 ? null : date(-30, 200);
		return new Objective("o" + o, "Objective " + o, null, "u" + this.random.nextInt(8), "t" + this.random.nextInt(2),
				parent, this.random.nextInt(3) == 0 ? List.of("p" + this.random.nextInt(2)) : List.of(), 1, start, due,
				status, keyResults);
	}

	private KeyResult keyResult(String key) {
		List<CheckIn> checkIns = new ArrayList<>();
		for (int c = this.random.nextInt(4); c > 0; c--) {
			checkIns.add(checkIn());
		}
		BigDecimal target = this.random.nextInt(6) == 0 ? null : BigDecimal.valueOf(this.random.nextInt(100));
		return new KeyResult(key, "KR " + key, null, this.random.nextBoolean() ? null : BigDecimal.valueOf(this.random.nextInt(50)),
				target, this.random.nextInt(4) == 0 ? Direction.DECREASE : Direction.INCREASE, checkIns);
	}

	/** A check-in: often on one of a few dates (ties), some without a date or a confidence. */
	CheckIn checkIn() {
		LocalDate date = this.random.nextInt(15) == 0 ? null
				: this.random.nextBoolean() ? AS_OF.minusDays(5 * this.random.nextInt(30)) : date(-200, 0);
		BigDecimal confidence = this.random.nextBoolean() ? null : BigDecimal.valueOf(this.random.nextInt(11), 1);
		return new CheckIn(date, BigDecimal.valueOf(this.random.nextInt(120)), confidence, null);
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	private LocalDate date(int fromDays, int toDays) {
		return AS_OF.plusDays(fromDays + this.random.nextInt(toDays - fromDays + 1));
	}

}
