package dev.plumbline;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations run unchanged on the test database (H2, or PostgreSQL with -Ppostgres) and keep the
 * tenancy rule: every table of organization data carries its organization.
 */
@PlumblineIntegrationTest
class MigrationIntegrationTests {

	/** Tables that are not organization data: tenants, people and their tokens, sign-in attempts per address and password resets (of accounts), infrastructure (events, sessions, locks). */
	private static final Set<String> GLOBAL = Set.of("organization", "account", "api_token", "flyway_schema_history",
			"event_publication", "spring_session", "spring_session_attributes", "shedlock", "security_attempt", "password_reset");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	/** Guards the PostgreSQL pass: with -Ppostgres the tests must really run on PostgreSQL. */
	@Test
	void runsOnTheDatabaseTheBuildAskedFor() throws Exception {
		String expected = System.getProperty("plumbline.test.database", "h2");
		String product;
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		assertThat(product.toLowerCase()).contains(expected.equals("postgres") ? "postgresql" : "h2");
	}

	@Test
	void everyMigrationSucceeded() {
		List<String> versions = this.jdbc.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(versions).startsWith("001", "002", "003", "004");
		assertThat(this.jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single())
			.isZero();
	}

	@Test
	void everyTableOfOrganizationDataCarriesTheOrganization() {
		List<String> tables = this.jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')
				""").query(String.class).list();
		assertThat(tables).contains("charter", "charter_pillar", "membership", "activity");
		for (String table : tables) {
			if (GLOBAL.contains(table)) {
				continue;
			}
			assertThat(this.jdbc.sql("""
					SELECT is_nullable FROM information_schema.columns
					WHERE table_schema = 'public' AND table_name = :table AND column_name = 'organization_id'
					""").param("table", table).query(String.class).optional())
				.as("%s.organization_id", table)
				.hasValue("NO");
		}
	}

}
