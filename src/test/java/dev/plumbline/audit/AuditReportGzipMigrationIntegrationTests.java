package dev.plumbline.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import dev.plumbline.ScratchDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V036 compresses the reports already stored as text, byte for byte, and drops the text column: on a
 * scratch database (H2, or PostgreSQL when the tests run against it) migrated to V035, given reports, then
 * migrated to the end.
 */
class AuditReportGzipMigrationIntegrationTests {

	@Test
	void storedReportsAreCompressedUnchanged() throws Exception {
		try (ScratchDatabase database = ScratchDatabase.inMemory("plumbline_v036")) {
			String vendor = ScratchDatabase.postgres() ? "postgresql" : "h2";
			Flyway before = Flyway.configure()
				.dataSource(database.url(), database.user(), "")
				.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
				.target("35")
				.load();
			before.migrate();
			// a report with what JSON text holds: non-ASCII names, quotes, a large body
			String large = "{\"organization\":\"Zoë's \\\"Ünited\\\" — 組織\",\"findings\":[" + "{\"code\":\"ORPHAN\"},".repeat(20_000)
					+ "{}]}";
			UUID first = UUID.randomUUID();
			UUID second = UUID.randomUUID();
			try (Connection connection = database.connect()) {
				insert(connection, first, "first", large);
				insert(connection, second, "second", "{}");
			}

			Flyway.configure()
				.dataSource(database.url(), database.user(), "")
				.locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
				.load()
				.migrate();

			try (Connection connection = database.connect()) {
				assertThat(report(connection, first)).isEqualTo(large);
				assertThat(report(connection, second)).isEqualTo("{}");
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("SELECT * FROM audit_latest")) {
					int columns = rs.getMetaData().getColumnCount();
					for (int i = 1; i <= columns; i++) {
						assertThat(rs.getMetaData().getColumnName(i)).isNotEqualToIgnoringCase("report_json");
					}
				}
			}
		}
	}

	private static void insert(Connection connection, UUID org, String slug, String reportJson) throws Exception {
		UUID run = UUID.randomUUID();
		try (PreparedStatement statement = connection
			.prepareStatement("INSERT INTO organization (id, slug, name, created_at) VALUES (?, ?, ?, ?)")) {
			statement.setObject(1, org);
			statement.setString(2, slug);
			statement.setString(3, slug);
			statement.setObject(4, OffsetDateTime.now());
			statement.executeUpdate();
		}
		try (PreparedStatement statement = connection.prepareStatement("""
				INSERT INTO audit_run (id, organization_id, as_of, ran_at, trigger_reason, index_value, critical_count,
				    warning_count, info_count, duration_ms)
				VALUES (?, ?, CURRENT_DATE, CURRENT_TIMESTAMP, 'test', 50, 0, 0, 0, 1)""")) {
			statement.setObject(1, run);
			statement.setObject(2, org);
			statement.executeUpdate();
		}
		try (PreparedStatement statement = connection.prepareStatement(
				"INSERT INTO audit_latest (organization_id, run_id, report_json, graph_json) VALUES (?, ?, ?, '{}')")) {
			statement.setObject(1, org);
			statement.setObject(2, run);
			statement.setString(3, reportJson);
			statement.executeUpdate();
		}
	}

	private static String report(Connection connection, UUID org) throws Exception {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT report_gzip FROM audit_latest WHERE organization_id = ?")) {
			statement.setObject(1, org);
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return GzipText.gunzip(rs.getBytes(1));
			}
		}
	}

}
