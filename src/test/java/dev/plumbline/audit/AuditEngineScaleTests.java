package dev.plumbline.audit;

import org.junit.jupiter.api.Test;

import dev.plumbline.interchange.OrganizationFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's cost grows linearly: four times the organization gives about four times the findings and
 * deductions (no timing assertion; times are printed to the test output). Run the benchmark's L with
 * {@code -Dplumbline.audit.scale=50000}.
 */
class AuditEngineScaleTests {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditEngineScaleTests.class);

	@Test
	void auditsALargeOrganizationInLinearTime() {
		int base = Integer.getInteger("plumbline.audit.scale", 5_000) / 4;
		AuditReport small = timed(base);
		AuditReport large = timed(base * 4);
		assertThat(large.findings().size()).isBetween(small.findings().size() * 3, small.findings().size() * 5);
		assertThat(large.index().organization().deductions()).hasSameSizeAs(large.findings());
		assertThat(large.index().teams()).hasSize(Math.max(1, base * 4 / 500));
	}

	private static AuditReport timed(int objectives) {
		OrganizationFile file = LargeOrganization.generate(objectives);
		AuditEngine.run(file, OrgMother.AS_OF); // warm-up
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		AuditReport report = AuditEngine.run(file, OrgMother.AS_OF);
		long millis = (System.nanoTime() - start) / 1_000_000;
		long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
		log.info("audit of {} objectives: {} findings, index {}, {} ms ({} ms CPU)", objectives, report.findings().size(),
				report.index().organization().value(), millis, cpuMillis);
		return report;
	}

}
