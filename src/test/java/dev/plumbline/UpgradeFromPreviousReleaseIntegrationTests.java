package dev.plumbline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import dev.plumbline.audit.AuditQueries;
import dev.plumbline.audit.RunAudit;
import dev.plumbline.interchange.ExportOrganization;
import dev.plumbline.interchange.OrganizationFile;
import dev.plumbline.objective.ObjectiveProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 6, upgrades: the demo database as each earlier release left it (kept by
 * {@code scripts/release-dump.sh} under {@code release-dumps/<release>/}, one dump per database) is restored
 * into an empty database; the application then starts on it, so Flyway applies every migration on the
 * classpath that the release did not have. The demo organization must come through whole: every table
 * keeps the rows it had, the organization exports, and (on PostgreSQL) its audit runs.
 */
class UpgradeFromPreviousReleaseIntegrationTests {

	@TestFactory
	Stream<DynamicTest> everyEarlierReleaseUpgradesWithItsData() throws IOException {
		String dump = ScratchDatabase.postgres() ? "postgresql.sql.gz" : "h2.sql.gz";
		Resource[] dumps = new PathMatchingResourcePatternResolver().getResources("classpath*:release-dumps/*/" + dump);
		assertThat(dumps).as("at least one release dump (scripts/release-dump.sh)").isNotEmpty();
		return Stream.of(dumps)
			.sorted(Comparator.comparing(UpgradeFromPreviousReleaseIntegrationTests::release))
			.map(resource -> DynamicTest.dynamicTest("upgrades release " + release(resource), () -> upgrade(resource)));
	}

	private void upgrade(Resource dump) throws Exception {
		Properties expected = new Properties();
		try (InputStream in = dump.createRelative("counts.properties").getInputStream()) {
			expected.load(in);
		}
		try (ScratchDatabase database = ScratchDatabase.inMemory("plumbline_upgrade")) {
			restore(database, dump);
			Map<String, Long> before = database.countEveryTable();
			assertThat(before).as("the restored dump").containsEntry("organization", count(expected, "organization"));
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlumblineApplication.class)
				.run(database.arguments(Map.of("server.port", 0, "plumbline.demo.enabled", false)))) {
				assertThat(app.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(database.url());
				Flyway flyway = app.getBean(Flyway.class);
				assertThat(flyway.info().pending()).as("migrations left to apply").isEmpty();
				assertThat(app.getBean(JdbcClient.class)
					.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
					.query(Long.class)
					.single()).isZero();

				Map<String, Long> after = database.countEveryTable();
				expected.stringPropertyNames().stream().filter(table -> !table.equals("flyway_schema_history"))
					.forEach(table -> assertThat(after.get(table)).as("rows of %s after the upgrade", table)
						.isEqualTo(count(expected, table)));

				UUID demo = app.getBean(JdbcClient.class)
					.sql("SELECT id FROM organization WHERE slug = 'demo'")
					.query(UUID.class)
					.single();
				// V030 filled the stored roll-up of the objectives the release had
				ObjectiveProgress progress = app.getBean(ObjectiveProgress.class);
				Map<UUID, Double> recomputed = progress.recomputed(demo);
				assertThat(recomputed.values()).as("the demo has progress to roll up").anyMatch(p -> p > 0);
				assertThat(progress.stored(demo)).as("stored roll-ups after the upgrade")
					.allSatisfy((id, stored) -> assertThat(stored).isCloseTo(recomputed.get(id), within(1e-9)));
				OrganizationFile file = app.getBean(ExportOrganization.class).export(demo);
				assertThat(file.objectives()).as("the demo's objectives").isNotEmpty();
				assertThat(file.initiatives()).as("the demo's initiatives").isNotEmpty();
				// Known gap (H2 only): on a database rebuilt from H2's SCRIPT output, H2 2.4 refuses the audit's
				// batch insert into audit_group_score ("Check constraint invalid", an error while evaluating the
				// restored CHECK), although the same row inserts by hand. A real H2 upgrade reopens the file
				// itself, not a SCRIPT; the PostgreSQL pass runs the audit on the upgraded demo.
				if (ScratchDatabase.postgres()) {
					AuditQueries.Run run = app.getBean(RunAudit.class).run(demo, "upgrade test");
					assertThat(run.index()).isBetween(1, 99);
					assertThat(run.findings()).as("the demo is built to have findings").isPositive();
				}
			}
		}
	}

	private static void restore(ScratchDatabase database, Resource dump) throws IOException, java.sql.SQLException {
		String sql;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(dump.getInputStream()), StandardCharsets.UTF_8))) {
			// pg_dump's \restrict lines are psql meta-commands, not SQL.
			sql = reader.lines().filter(line -> !line.startsWith("\\")).collect(Collectors.joining("\n"));
		}
		try (Connection connection = database.connect()) {
			if (ScratchDatabase.postgres()) {
				ScriptUtils.executeSqlScript(connection, new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
			}
			else {
				Path script = Files.createTempFile("plumbline-release", ".sql");
				try {
					// H2 SCRIPT re-adds constraints with NOCHECK; a table restored that way refused every
					// later batch insert ("Check constraint invalid") in H2 2.4, so the constraints are re-added
					// checked — stricter: the restored rows must satisfy them.
					Files.writeString(script, sql.replace(" NOCHECK;", ";"));
					try (Statement statement = connection.createStatement()) {
						statement.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
					}
				}
				finally {
					Files.deleteIfExists(script);
				}
			}
		}
	}

	private static long count(Properties counts, String table) {
		return Long.parseLong(counts.getProperty(table, "0"));
	}

	private static String release(Resource resource) {
		try {
			List<String> parts = List.of(resource.getURL().getPath().split("/"));
			return parts.get(parts.size() - 2);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
