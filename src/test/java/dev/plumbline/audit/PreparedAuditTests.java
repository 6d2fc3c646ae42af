package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.KeyResult;
import dev.plumbline.interchange.PlanModel.Objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The incremental audit after check-ins gives exactly the report of a full run on the changed
 * organization: over many random organizations and many random check-ins each.
 */
class PreparedAuditTests {

	@Test
	void incrementalReportEqualsAFullRunAfterEveryCheckInOverManySeeds() {
		int compared = 0;
		int changed = 0;
		int rebuilt = 0;
		for (long seed = 1; seed <= 300; seed++) {
			RandomOrganization random = new RandomOrganization(seed);
			OrganizationFile file = random.generate();
			PreparedAudit prepared = AuditEngine.prepare(file, RandomOrganization.AS_OF);
			for (int step = 0; step < 12; step++) {
				List<Objective> withKeyResults = file.objectives().stream().filter(o -> !o.keyResults().isEmpty()).toList();
				if (withKeyResults.isEmpty()) {
					break;
				}
				Objective objective = withKeyResults.get(random.nextInt(withKeyResults.size()));
				KeyResult kr = objective.keyResults().get(random.nextInt(objective.keyResults().size()));
				CheckIn checkIn = random.checkIn();
				AuditReport before = prepared.report();
				AuditReport incremental = prepared.afterCheckIn(objective.key(), kr.key(), checkIn);
				file = withCheckIn(file, objective.key(), kr.key(), checkIn);
				AuditReport full = AuditEngine.run(file, RandomOrganization.AS_OF);
				assertThat(incremental).as("seed %d step %d", seed, step).isEqualTo(full);
				assertThat(prepared.file()).as("seed %d step %d", seed, step).isEqualTo(file);
				compared++;
				if (!incremental.equals(before)) {
					changed++;
				}
			}
			rebuilt += prepared.rebuilds();
		}
		// the comparisons must include many reports that a check-in changed, or they prove little
		assertThat(compared).isGreaterThan(2000);
		assertThat(changed).isGreaterThan(compared / 4);
		// and most changes must take the incremental path (cycles and self-parents rebuild)
		assertThat(rebuilt).isLessThan(compared / 3);
		System.out.printf("compared %d, changed %d, rebuilt %d%n", compared, changed, rebuilt);
	}

	@Test
	void checkInsTakenTogetherGiveTheReportOfAFullRunOverManySeeds() {
		int compared = 0;
		int batchesOfSeveral = 0;
		int sharedParents = 0;
		for (long seed = 1; seed <= 200; seed++) {
			RandomOrganization random = new RandomOrganization(seed);
			OrganizationFile file = random.generate();
			PreparedAudit prepared = AuditEngine.prepare(file, RandomOrganization.AS_OF);
			for (int step = 0; step < 6; step++) {
				List<Objective> withKeyResults = file.objectives().stream().filter(o -> !o.keyResults().isEmpty()).toList();
				if (withKeyResults.isEmpty()) {
					break;
				}
				// one to six check-ins, the same key result now and then, taken in one step
				int size = 1 + random.nextInt(6);
				Map<String, String[]> touched = new LinkedHashMap<>();
				for (int i = 0; i < size; i++) {
					Objective objective = withKeyResults.get(random.nextInt(withKeyResults.size()));
					KeyResult kr = objective.keyResults().get(random.nextInt(objective.keyResults().size()));
					file = withCheckIn(file, objective.key(), kr.key(), random.checkIn());
					touched.put(objective.key() + ' ' + kr.key(), new String[] { objective.key(), kr.key() });
				}
				List<PreparedAudit.KeyResultCheckIns> changes = new ArrayList<>();
				Set<String> parents = new HashSet<>();
				for (String[] keys : touched.values()) {
					changes.add(new PreparedAudit.KeyResultCheckIns(keys[0], keys[1], checkIns(file, keys[0], keys[1])));
					Objective objective = file.objectives().stream().filter(o -> o.key().equals(keys[0])).findFirst().orElseThrow();
					if (objective.parent() != null && !parents.add(objective.parent())) {
						sharedParents++;
					}
				}
				AuditReport together = prepared.afterCheckIns(changes);
				AuditReport full = AuditEngine.run(file, RandomOrganization.AS_OF);
				assertThat(together).as("seed %d step %d", seed, step).isEqualTo(full);
				assertThat(prepared.file()).as("seed %d step %d", seed, step).isEqualTo(file);
				compared++;
				if (changes.size() > 1) {
					batchesOfSeveral++;
				}
			}
		}
		assertThat(compared).isGreaterThan(800);
		assertThat(batchesOfSeveral).isGreaterThan(compared / 2);
		// objectives under one parent taken together: the parent's roll-up judged once, after both
		assertThat(sharedParents).isGreaterThan(20);
	}

	@Test
	void checkInsTakenTogetherChangeNothingWhenOneKeyIsUnknown() {
		OrganizationFile file = new RandomOrganization(7).generate();
		PreparedAudit prepared = AuditEngine.prepare(file, RandomOrganization.AS_OF);
		Objective objective = file.objectives().stream().filter(o -> !o.keyResults().isEmpty()).findFirst().orElseThrow();
		KeyResult kr = objective.keyResults().get(0);
		AuditReport before = prepared.report();
		List<PreparedAudit.KeyResultCheckIns> changes = List.of(
				new PreparedAudit.KeyResultCheckIns(objective.key(), kr.key(), List.of()),
				new PreparedAudit.KeyResultCheckIns(objective.key(), "nope", List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> prepared.afterCheckIns(changes))
			.withMessageContaining("'nope'");
		assertThat(prepared.report()).isSameAs(before);
		assertThat(prepared.file()).isEqualTo(file);
	}

	@Test
	void namesTheMissingObjectiveOrKeyResult() {
		OrganizationFile file = new RandomOrganization(7).generate();
		PreparedAudit prepared = AuditEngine.prepare(file, RandomOrganization.AS_OF);
		CheckIn checkIn = new CheckIn(RandomOrganization.AS_OF, java.math.BigDecimal.ONE, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> prepared.afterCheckIn("nope", "k1", checkIn))
			.withMessageContaining("objective")
			.withMessageContaining("'nope'");
		assertThatIllegalArgumentException().isThrownBy(() -> prepared.afterCheckIn("o0", "nope", checkIn))
			.withMessageContaining("keyResult")
			.withMessageContaining("'nope'");
	}

	@Test
	void runIsThePreparedReport() {
		OrganizationFile file = new RandomOrganization(11).generate();
		assertThat(AuditEngine.prepare(file, RandomOrganization.AS_OF).report())
			.isEqualTo(AuditEngine.run(file, RandomOrganization.AS_OF));
	}

	private static List<CheckIn> checkIns(OrganizationFile file, String objectiveKey, String krKey) {
		return file.objectives().stream()
			.filter(o -> o.key().equals(objectiveKey))
			.findFirst()
			.orElseThrow()
			.keyResults()
			.stream()
			.filter(kr -> kr.key().equals(krKey))
			.findFirst()
			.orElseThrow()
			.checkIns();
	}

	/** The file with one more check-in on the key result, built independently of the prepared audit. */
	static OrganizationFile withCheckIn(OrganizationFile file, String objectiveKey, String krKey, CheckIn checkIn) {
		List<Objective> objectives = new ArrayList<>();
		for (Objective o : file.objectives()) {
			if (o.key().equals(objectiveKey)) {
				List<KeyResult> krs = new ArrayList<>();
				for (KeyResult kr : o.keyResults()) {
					if (kr.key().equals(krKey)) {
						List<CheckIn> checkIns = new ArrayList<>(kr.checkIns());
						checkIns.add(checkIn);
						kr = new KeyResult(kr.key(), kr.title(), kr.unit(), kr.baseline(), kr.target(), kr.direction(), checkIns);
					}
					krs.add(kr);
				}
				o = new Objective(o.key(), o.title(), o.description(), o.owner(), o.team(), o.parent(), o.pillars(),
						o.priority(), o.start(), o.due(), o.status(), krs);
			}
			objectives.add(o);
		}
		return file.withObjectives(objectives);
	}

}
