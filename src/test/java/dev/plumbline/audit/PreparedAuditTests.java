package dev.plumbline.audit;

import java.util.ArrayList;
import java.util.List;

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
