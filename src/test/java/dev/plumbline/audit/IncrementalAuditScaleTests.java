package dev.plumbline.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.interchange.PlanModel.CheckIn;
import dev.plumbline.interchange.PlanModel.Objective;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the incremental audit after one check-in against the full run at the benchmark's scale (L with
 * {@code -Dplumbline.audit.scale=50000}); times go to the log, never into an assertion. What it asserts:
 * the last incremental report equals a full run of the changed organization.
 */
class IncrementalAuditScaleTests {

	private static final Logger log = LoggerFactory.getLogger(IncrementalAuditScaleTests.class);

	@Test
	void checkInAtScaleIsJudgedIncrementally() {
		int objectives = Integer.getInteger("plumbline.audit.scale", 5_000);
		OrganizationFile file = LargeOrganization.generate(objectives);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		PreparedAudit prepared = AuditEngine.prepare(file, OrgMother.AS_OF);
		log.info("prepare {} objectives: {} findings in {} ms ({} ms CPU)", objectives, prepared.report().findings().size(),
				(System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
		List<Objective> all = file.objectives();
		AuditReport last = null;
		String objectiveKey = null;
		for (int i = 0; i < 40; i++) {
			Objective objective = all.get((i * 7919) % all.size());
			objectiveKey = objective.key();
			CheckIn checkIn = new CheckIn(OrgMother.AS_OF.minusDays(i % 3), BigDecimal.valueOf(i), new BigDecimal("0.3"), null);
			cpu = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			last = prepared.afterCheckIn(objectiveKey, objective.keyResults().get(0).key(), checkIn);
			if (i % 10 == 9) {
				log.info("incremental check-in on {}: index {}, {} findings in {} ms ({} ms CPU)", objectiveKey,
						last.index().organization().value(), last.findings().size(), (System.nanoTime() - start) / 1_000_000,
						(threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
			}
		}
		assertThat(prepared.rebuilds()).isZero();
		assertThat(last).isEqualTo(AuditEngine.run(prepared.file(), OrgMother.AS_OF));
	}

}
