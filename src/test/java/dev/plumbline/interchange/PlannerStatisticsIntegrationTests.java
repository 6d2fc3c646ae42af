package dev.plumbline.interchange;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.plumbline.PlumblineIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlumblineIntegrationTest
class PlannerStatisticsIntegrationTests {

	static final boolean POSTGRES = "postgres".equals(System.getProperty("plumbline.test.database", "h2"));

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLargeImportRefreshesTheStatisticsAndASmallOneLeavesThemToAutovacuum() throws Exception {
		PlannerStatistics statistics = new PlannerStatistics(this.jdbc, 10_000);
		long before = analyzed();

		statistics.refreshAfter(new OrganizationImported(UUID.randomUUID(), UUID.randomUUID(), "small", 9_999, false));
		if (POSTGRES) {
			Thread.sleep(1500);
			assertThat(analyzed()).as("no ANALYZE after 9,999 rows").isEqualTo(before);
		}

		statistics.refreshAfter(new OrganizationImported(UUID.randomUUID(), UUID.randomUUID(), "large", 10_000, false));
		if (POSTGRES) {
			long deadline = System.currentTimeMillis() + 15_000;
			while (analyzed() == before && System.currentTimeMillis() < deadline) {
				Thread.sleep(200);
			}
			assertThat(analyzed()).as("ANALYZE after 10,000 rows").isGreaterThan(before);
		}
	}

	/** How often check_in was analysed by hand (PostgreSQL's statistics; always 0 on H2). */
	private long analyzed() {
		if (!POSTGRES) {
			return 0;
		}
		this.jdbc.sql("SELECT pg_stat_clear_snapshot()").query(Object.class).list();
		return this.jdbc.sql("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'check_in'")
			.query(Long.class)
			.single();
	}

}
