package dev.plumbline.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded memory, proven rather than assumed: the reader refuses the alias bomb and deeply nested
 * files inside a separate JVM whose whole heap is 48 MB. Expanding the bomb would need gigabytes; an
 * OutOfMemoryError or a hang fails the test.
 */
class HostileFilesBoundedHeapTests {

	@Test
	void hostileFilesAreRefusedInAJvmWithA48MegabyteHeap() throws IOException, InterruptedException {
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+ExitOnOutOfMemoryError", "-cp",
				System.getProperty("java.class.path"), HostileFiles.class.getName()))
			.redirectErrorStream(true)
			.start();
		boolean finished = process.waitFor(120, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(finished).as("finished within two minutes: " + output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("refused: ").doesNotContain("read without a problem", "OutOfMemoryError");
	}

}
