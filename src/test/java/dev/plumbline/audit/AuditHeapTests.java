package dev.plumbline.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.plumbline.interchange.OrganizationFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the heap an organization's in-memory audit model holds (the file, the graph, the findings and
 * the index), after a full collection: run with {@code -Dplumbline.audit.heap=50000} (objectives; 50,000 is
 * the benchmark's L) and read the log. No assertion on the figure: it depends on the JVM.
 */
@EnabledIfSystemProperty(named = "plumbline.audit.heap", matches = "\\d+")
class AuditHeapTests {

	private static final Logger log = LoggerFactory.getLogger(AuditHeapTests.class);

	@Test
	void measuresTheRetainedSizeOfTheModel() {
		int objectives = Integer.getInteger("plumbline.audit.heap");
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long empty = used(memory);
		OrganizationFile file = LargeOrganization.generate(objectives);
		long withFile = used(memory);
		PreparedAudit prepared = AuditEngine.prepare(file, OrgMother.AS_OF);
		file = null;
		long withModel = used(memory);
		log.info("{} objectives: file {} MiB, model (file, graph, findings, index) {} MiB; {} findings", objectives,
				(withFile - empty) >> 20, (withModel - empty) >> 20, prepared.report().findings().size());
		assertThat(prepared.report().findings()).isNotEmpty();
	}

	private static long used(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

}
