package dev.plumbline.interchange;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.plumbline.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6, "nothing lost": an import killed with SIGKILL in the middle leaves nothing behind, and a
 * complete import afterwards works. Another JVM ({@link ImportInAnotherJvm}, the test classpath) boots the
 * application on a fresh database of its own — an H2 file under {@code target/}, or on the PostgreSQL pass
 * a scratch database created beside the test database — imports a large organization, reports through
 * a marker file that rows are written inside the still-open transaction, and is then killed with
 * {@code destroyForcibly()}. The database is reopened (H2 recovers its file) and every table is counted.
 */
class KilledImportIntegrationTests {

	private static final Duration STARTUP = Duration.ofMinutes(7);

	private Path work;

	private ScratchDatabase database;

	@BeforeEach
	void freshDatabase() throws Exception {
		this.work = Files.createDirectories(Path.of("target", "killed-import", UUID.randomUUID().toString()));
		this.database = ScratchDatabase.inFile("plumbline_killed", this.work);
	}

	@AfterEach
	void dropScratchDatabase() throws Exception {
		this.database.close();
	}

	@Test
	void anImportKilledMidwayLeavesNothingAndTheNextImportCompletes() throws Exception {
		Path marker = this.work.resolve("marker");
		Process hanging = start("hang", marker, "hang.log");
		try {
			String progress = awaitMarker(hanging, marker);
			assertThat(progress).as("the import was visibly under way").startsWith("in progress:");
		}
		finally {
			hanging.destroyForcibly();
			assertThat(hanging.waitFor(60, TimeUnit.SECONDS)).as("the killed JVM is gone").isTrue();
		}
		assertThat(hanging.exitValue()).as("killed by SIGKILL").isEqualTo(137);

		Map<String, Long> afterKill = this.database.countEveryTable();
		assertThat(afterKill).as("tables after the kill").containsKeys("organization", "objective", "check_in");
		afterKill.forEach((table, rows) -> {
			if (table.equals("account")) {
				assertThat(rows).as("the importer's account, committed before the import").isEqualTo(1);
			}
			else if (!table.equals("flyway_schema_history")) {
				assertThat(rows).as("rows left in %s by the killed import", table).isZero();
			}
		});

		Files.deleteIfExists(marker);
		Process complete = start("complete", marker, "complete.log");
		assertThat(complete.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)).as("the complete import ends").isTrue();
		assertThat(complete.exitValue()).as("exit code; see %s", this.work.resolve("complete.log")).isZero();
		assertThat(Files.readString(marker)).startsWith("done: ");
		Map<String, Long> afterImport = this.database.countEveryTable();
		assertThat(afterImport).containsEntry("organization", 1L)
			.containsEntry("objective", (long) ImportInAnotherJvm.OBJECTIVES)
			.containsEntry("key_result", (long) ImportInAnotherJvm.OBJECTIVES * ImportInAnotherJvm.KEY_RESULTS)
			.containsEntry("check_in", (long) ImportInAnotherJvm.OBJECTIVES * ImportInAnotherJvm.KEY_RESULTS
					* ImportInAnotherJvm.CHECK_INS);
	}

	private Process start(String mode, Path marker, String log) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				ImportInAnotherJvm.class.getName(), mode, this.database.url(), this.database.user(), marker.toAbsolutePath().toString()));
		File output = this.work.resolve(log).toFile();
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output).start();
	}

	private String awaitMarker(Process process, Path marker) throws Exception {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(marker)) {
				return Files.readString(marker);
			}
			if (!process.isAlive()) {
				throw new AssertionError("The importing JVM ended early (exit " + process.exitValue() + "): "
						+ Files.readString(this.work.resolve("hang.log")));
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No progress within " + STARTUP + "; see " + this.work.resolve("hang.log"));
	}

}
