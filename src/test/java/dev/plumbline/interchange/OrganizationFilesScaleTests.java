package dev.plumbline.interchange;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures reading a large organization file in YAML and in JSON (what the command line's {@code audit}
 * spends most of its time on): run with {@code -Dplumbline.files.scale=50000} (objectives, three key
 * results of ten check-ins each: 1.5 million check-ins at 50,000) and read the log. Writes the files under
 * target/ for the command line to be timed on them too.
 */
@EnabledIfSystemProperty(named = "plumbline.files.scale", matches = "\\d+")
class OrganizationFilesScaleTests {

	private static final Logger log = LoggerFactory.getLogger(OrganizationFilesScaleTests.class);

	@Test
	void readsALargeFile() throws Exception {
		int objectives = Integer.getInteger("plumbline.files.scale");
		OrganizationFile file = LargeOrganizations.generate(objectives, 3, 10);
		for (FileFormat format : FileFormat.values()) {
			byte[] bytes = OrganizationFiles.write(file, format);
			Files.write(Path.of("target", "large-" + objectives + "." + format.name().toLowerCase()), bytes);
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			OrganizationFile read = OrganizationFiles.read(bytes, format);
			log.info("read {} objectives as {} ({} MB): {} ms ({} ms CPU)", objectives, format, bytes.length >> 20,
					(System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
			assertThat(read.objectives()).hasSize(objectives);
		}
	}

}
